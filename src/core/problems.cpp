#include "core/problems.h"

#include <charconv>
#include <utility>

namespace wa {

std::string to_string(const Problem& p) {
    std::string s = p.where;
    s += ": ";
    if (p.severity == Severity::Warning) s += "warning: ";
    s += p.message;
    return s;
}

bool has_errors(const std::vector<Problem>& problems) {
    for (const Problem& p : problems)
        if (p.severity == Severity::Error) return true;
    return false;
}

Diagnostics::Diagnostics(std::string_view file_name)
    : file_(file_name.empty() ? std::string("the file") : std::string(file_name)) {}

std::string Diagnostics::where(const std::string& json_path) const {
    if (json_path.empty()) return file_;
    // Text positions ("line 3, column 5") read better after a comma.
    if (json_path[0] != '/') return file_ + ", " + json_path;
    return file_ + " at " + json_path;
}

void Diagnostics::add(const std::string& json_path, std::string message, Severity s) {
    if (s == Severity::Error) ++errors_;
    if (problems_.size() >= kMaxProblems) {
        ++dropped_;
        return;
    }
    problems_.push_back(Problem{where(json_path), std::move(message), s});
}

void Diagnostics::error(const std::string& json_path, std::string message) {
    if (lenient_ > 0) {
        add(json_path, std::move(message) + ". That value was left out; the rest opened", Severity::Warning);
        return;
    }
    add(json_path, std::move(message), Severity::Error);
}

void Diagnostics::warning(const std::string& json_path, std::string message) {
    add(json_path, std::move(message), Severity::Warning);
}

std::vector<Problem> Diagnostics::take() {
    std::vector<Problem> out = std::move(problems_);
    problems_.clear();
    if (dropped_ > 0) {
        out.push_back(Problem{file_,
                              "and " + std::to_string(dropped_) +
                                  " more problems like these (only the first " +
                                  std::to_string(kMaxProblems) + " are listed)",
                              errors_ > 0 ? Severity::Error : Severity::Warning});
        dropped_ = 0;
    }
    return out;
}

// Paths are built for every item of a big audit while it loads, so each is
// one allocation of the right size.
std::string json_path(const std::string& base, std::string_view key) {
    std::string s;
    s.reserve(base.size() + 1 + key.size() + 4);
    s.append(base).push_back('/');
    if (key.find_first_of("~/") == std::string_view::npos) return s.append(key);
    for (char c : key) {
        if (c == '~') s += "~0";
        else if (c == '/') s += "~1";
        else s += c;
    }
    return s;
}

std::string json_path(const std::string& base, std::size_t index) {
    char digits[24];
    char* end = std::to_chars(digits, digits + sizeof digits, index).ptr;
    std::string s;
    s.reserve(base.size() + 1 + static_cast<std::size_t>(end - digits));
    s.append(base).push_back('/');
    s.append(digits, end);
    return s;
}

std::string JsonPlace::str() const {
    if (text_) return *text_;
    if (!parent_) return {};
    return is_index_ ? json_path(parent_->str(), index_) : json_path(parent_->str(), key_);
}

std::string quote_text(std::string_view text, std::size_t max_chars) {
    // Count code points, not bytes, and never cut inside a UTF-8 sequence.
    std::string out = "\"";
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) != 0x80) {
            if (chars == max_chars) {
                out += "\xE2\x80\xA6";  // …
                break;
            }
            ++chars;
        }
        if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20) out += '?';
        else out += static_cast<char>(c);
    }
    out += '"';
    return out;
}

std::string newer_format_message(int found, int understood, const char* what) {
    std::string w = what ? what : "file";
    return "This " + w + " was made by a newer version of Welcome Audit (format " + std::to_string(found) +
           "). This copy understands format " + std::to_string(understood) +
           " at most; ask whoever sent it for an export from the same version, or update this page.";
}

} // namespace wa
