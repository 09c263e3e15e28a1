// Reading the app's small JSON documents from the page (the store's events,
// the checklist catalog): a field of the wanted type, or empty/0 when it is
// missing or of another type. The page wrote them; a wrong type is a bug
// there, and the app carries on with the empty value.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace wa {

inline std::string string_field(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

inline int int_field(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<int>() : 0;
}

}  // namespace wa
