// problems.h: how the core tells a person what is wrong with a file.
//
// Every loader returns a Loaded<T>: either a fully loaded value, or a list of
// problems and no value. There is never a half-loaded state: the app can
// show the problems and keep whatever it had open before.
//
// A Problem names the place ("audit.json at /sections/2/items/0/weight") and
// the problem in words a librarian understands ("weight must be 1, 2 or 3,
// but it is 7"). Places are JSON Pointers (RFC 6901) because they are exact
// and tools understand them; the message repeats what a person needs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wa {

enum class Severity { Error, Warning };

struct Problem {
    std::string where;    // "file.json at /sections/2/items/0/weight", or "file.json"
    std::string message;  // one or two plain sentences
    Severity severity = Severity::Error;
};

// "where: message", with "warning: " before the message for warnings.
std::string to_string(const Problem& p);
bool has_errors(const std::vector<Problem>& problems);

// A loader's result. `value` is set only when there were no errors; warnings
// (e.g. an answer for an item that a newer checklist version dropped) may
// come with a value.
template <class T>
struct Loaded {
    std::optional<T> value;
    std::vector<Problem> problems;
    bool ok() const { return value.has_value(); }
};

// Collects the problems of one document while it is checked. It caps the
// list (a broken 10,000-item file must not print 10,000 lines) but keeps
// counting, so the last problem says how many more there were.
class Diagnostics {
public:
    explicit Diagnostics(std::string_view file_name);

    void error(const std::string& json_path, std::string message);
    void warning(const std::string& json_path, std::string message);

    bool has_errors() const { return errors_ > 0; }
    std::size_t error_count() const { return errors_; }
    // Every problem reported, errors and warnings (also those past the cap).
    std::size_t count() const { return problems_.size() + dropped_; }

    // While a Lenient lives, errors are reported as warnings that say the
    // value was left out: one bad value in a person's audit (a hand edit, an
    // older version's file) costs that value, never the whole audit. Readers
    // of what people enter (answers, plan progress, the profile) use it;
    // what the file's shape depends on (format, checklists) stays strict.
    struct Lenient {
        explicit Lenient(Diagnostics& d) : d_(d) { ++d_.lenient_; }
        ~Lenient() { --d_.lenient_; }
        Lenient(const Lenient&) = delete;
        Lenient& operator=(const Lenient&) = delete;
    private:
        Diagnostics& d_;
    };
    bool lenient() const { return lenient_ > 0; }
    const std::string& file_name() const { return file_; }
    std::string where(const std::string& json_path) const;

    // Moves the problems out (adds the "and N more" line when capped).
    std::vector<Problem> take();

    static constexpr std::size_t kMaxProblems = 100;

private:
    void add(const std::string& json_path, std::string message, Severity s);
    std::string file_;
    std::vector<Problem> problems_;
    std::size_t errors_ = 0;
    std::size_t dropped_ = 0;
    int lenient_ = 0;
};

// The message for a file made by a newer version. `what` is "file",
// "checklist" or "plan".
std::string newer_format_message(int found_version, int understood_version, const char* what = "file");

// JSON Pointer building: "/sections" + 2 -> "/sections/2"; keys are escaped
// ("~" -> "~0", "/" -> "~1") so any key gives an exact pointer.
std::string json_path(const std::string& base, std::string_view key);
std::string json_path(const std::string& base, std::size_t index);

// A place in a JSON file that is spelled out ("/checklists/0/items/3") only
// when a message needs it: loading a big audit visits 100,000 places and, if
// all is well, reports none. A place refers to its parent place (or to a
// path string) without copying it, so every level must be a named variable
// that lives at least as long as the places made from it.
class JsonPlace {
public:
    JsonPlace() = default;                                // the root of the file ("")
    JsonPlace(const std::string& path) : text_(&path) {}  // implicit: a path already spelled out
    JsonPlace(std::string&&) = delete;                    // a temporary would not outlive the place
    JsonPlace(const JsonPlace& parent, std::string_view key) : parent_(&parent), key_(key) {}
    JsonPlace(const JsonPlace& parent, std::size_t index) : parent_(&parent), index_(index), is_index_(true) {}

    std::string str() const;

private:
    const std::string* text_ = nullptr;
    const JsonPlace* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_ = 0;
    bool is_index_ = false;
};

// Quotes a value for a message, shortened to keep messages readable:
// "Cap the group at about 10 ch…".
std::string quote_text(std::string_view text, std::size_t max_chars = 60);

} // namespace wa
