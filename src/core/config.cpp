#include "core/config.h"

#include <algorithm>

#include "core/json_fields.h"
#include "core/json_reader.h"

namespace wa {
namespace {

// Short texts: they are shown on the Start screen, above everything else.
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxLine = 400;
constexpr std::size_t kMaxPath = 300;
constexpr std::size_t kMaxLogoDataUrl = 256u * 1024u;  // a logo inside config.json (the offline file)
constexpr std::size_t kMaxIds = 200;
constexpr std::size_t kMaxChecklists = 50;

bool is_name_char(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' ||
           ch == '_' || ch == '.';
}

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

// A list of checklist ids ("offered", "recommended"): valid, each once.
void read_ids(Fields& f, std::string_view key, std::vector<std::string>& out, Diagnostics& diag) {
    const JsonNode* list = f.array(key, kOptional);
    if (!list) return;
    const std::string base = f.path(key);
    if (list->size() > kMaxIds) {
        diag.error(base, "\"" + std::string(key) + "\" lists " + std::to_string(list->size()) +
                             " checklists; the limit is " + std::to_string(kMaxIds));
        return;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const JsonNode& v = (*list)[i];
        const std::string at = json_path(base, i);
        if (!v.is_string() || !is_valid_id(v.text())) {
            diag.error(at, "each entry of \"" + std::string(key) +
                               "\" must be a checklist id like \"welcome-behaviors\" (lowercase letters, digits "
                               "and -), but this one is " + describe_value(v));
            continue;
        }
        const std::string id(v.text());
        if (std::find(out.begin(), out.end(), id) != out.end()) {
            diag.error(at, "\"" + std::string(key) + "\" lists " + quote_text(id) + " twice");
            continue;
        }
        out.push_back(id);
    }
}

void read_logo(Fields& f, Config& out, Diagnostics& diag) {
    const JsonNode* logo = f.object("logo", kOptional);
    if (!logo) return;
    const std::string at = f.path("logo");
    Fields lf(*logo, at, diag, "the logo");
    lf.reject_unknown({"src", "alt"});
    // The text is what a screen reader says and what shows if the picture is
    // missing: a logo without it is refused, not shown without it.
    if (!lf.find("alt")) {
        diag.error(at, "the logo has no \"alt\": write what the logo says (usually the consortium's name), "
                       "for people who cannot see it");
    } else {
        lf.text("alt", out.logo.alt, kRequired | kNotEmpty, kMaxName);
    }
    if (!lf.text("src", out.logo.src, kRequired | kNotEmpty, kMaxLogoDataUrl)) return;
    const std::string& src = out.logo.src;
    if (src.compare(0, 5, "data:") == 0) {
        const char* types[] = {"data:image/png;", "data:image/jpeg;", "data:image/gif;", "data:image/webp;",
                               "data:image/svg+xml;", "data:image/svg+xml,"};
        bool ok = false;
        for (const char* t : types) ok |= src.compare(0, std::char_traits<char>::length(t), t) == 0;
        if (!ok)
            diag.error(lf.path("src"), "the logo's \"src\" is a data: address but not of a PNG, JPEG, GIF, WebP or "
                                       "SVG picture");
        return;
    }
    if (src.size() > kMaxPath) {
        diag.error(lf.path("src"), "the logo's \"src\" is too long: " + size_over_limit(src.size(), kMaxPath));
        return;
    }
    std::string why = page_path_problem(src);
    const std::string l = lower(src);
    if (why.empty() && !ends_with(l, ".png") && !ends_with(l, ".jpg") && !ends_with(l, ".jpeg") &&
        !ends_with(l, ".gif") && !ends_with(l, ".webp") && !ends_with(l, ".svg"))
        why = "it does not end in .png, .jpg, .gif, .webp or .svg";
    if (!why.empty())
        diag.error(lf.path("src"), "the logo's \"src\" must be a picture beside the page, like \"logo.png\", but " +
                                       quote_text(src) + " is not: " + why);
}

// The consortium's own checklists: a file beside the page, or the checklist itself.
// "languages": ["lang/vi.json"]: a consortium's language files beside the
// page (docs/languages.md); the file's name is the language's code.
void read_language_files(Fields& f, Config& out, Diagnostics& diag) {
    const JsonNode* list = f.array("languages", kOptional);
    if (!list) return;
    const std::string base = f.path("languages");
    for (std::size_t i = 0; i < list->size() && i < 20; ++i) {
        const JsonNode& v = (*list)[i];
        const std::string_view path = v.text();
        std::string why = !v.is_string() ? "it is not a file name" : path.size() > kMaxPath ? "it is too long"
                                                                                         : page_path_problem(path);
        if (why.empty() && !ends_with(lower(path), ".json")) why = "it does not end in .json";
        if (!why.empty()) {
            diag.error(json_path(base, i), "each language file must be beside the page, like \"lang/vi.json\", but " + why);
            continue;
        }
        out.language_files.emplace_back(path);
    }
}

void read_checklists(Fields& f, Config& out, Diagnostics& diag) {
    const JsonNode* list = f.array("checklists", kOptional);
    if (!list) return;
    const std::string base = f.path("checklists");
    if (list->size() > kMaxChecklists) {
        diag.error(base, "\"checklists\" lists " + std::to_string(list->size()) + " checklists; the limit is " +
                             std::to_string(kMaxChecklists));
        return;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const JsonNode& v = (*list)[i];
        const std::string at = json_path(base, i);
        if (v.is_object()) {
            Checklist c;
            if (!read_checklist(v, at, diag, c)) continue;
            for (const Checklist& other : out.checklists)
                if (other.id == c.id) diag.error(at, "two checklists in \"checklists\" have the id " + quote_text(c.id));
            out.checklists.push_back(std::move(c));
            continue;
        }
        if (!v.is_string()) {
            diag.error(at, "each entry of \"checklists\" must be a file name like \"riverside/wayfinding.json\" or a "
                           "checklist ({...}), but this one is " + describe_value(v));
            continue;
        }
        const std::string_view path = v.text();
        std::string why = path.size() > kMaxPath ? "it is longer than " + std::to_string(kMaxPath) + " characters"
                                                 : page_path_problem(path);
        if (why.empty() && !ends_with(lower(path), ".json")) why = "it does not end in .json";
        if (!why.empty()) {
            diag.error(at, "each checklist file must be beside the page, like \"riverside/wayfinding.json\", but " +
                               quote_text(path) + " is not: " + why);
            continue;
        }
        if (std::find(out.checklist_files.begin(), out.checklist_files.end(), path) != out.checklist_files.end()) {
            diag.error(at, "\"checklists\" lists " + quote_text(path) + " twice");
            continue;
        }
        out.checklist_files.emplace_back(path);
    }
}

void read_send_plan_to(Fields& f, Config& out, Diagnostics& diag) {
    std::string s;
    if (!f.text("send_plan_to", s, kNotEmpty, kMaxUrlBytes) || s.empty()) return;
    if (s.compare(0, 7, "mailto:") == 0) s = s.substr(7);
    const bool web = s.compare(0, 7, "http://") == 0 || s.compare(0, 8, "https://") == 0;
    const std::string why = web ? http_url_problem(s) : email_problem(s);
    if (!why.empty()) {
        diag.error(f.path("send_plan_to"),
                   "\"send_plan_to\" must be an email address (plans@example.org) or a web page (https://...), but " +
                       quote_text(s) + " is not: " + why);
        return;
    }
    out.send_plan_to.text = s;
    out.send_plan_to.is_email = !web;
}

bool config_from_json(const JsonNode& j, Diagnostics& diag, Config& out) {
    const JsonPlace root;
    if (!expect_object(j, root, diag, "a configuration file")) return false;
    Fields f(j, root, diag, "the configuration");
    // The format first: another kind of file (a checklist saved as
    // config.json) must be named as such, not as a screenful of unknown fields.
    std::string format;
    if (f.text("format", format, kRequired | kNotEmpty, 100) && format != kConfigFormat) {
        diag.error(f.path("format"), "\"format\" must be \"" + std::string(kConfigFormat) + "\", but it is " +
                                         quote_text(format) + "; this is not a Welcome Audit configuration");
        return false;
    }
    int fv = 0;
    if (!f.integer("format_version", fv, kRequired)) return false;
    if (fv > kConfigFormatVersion) {
        diag.error(f.path("format_version"), newer_format_message(fv, kConfigFormatVersion, "file"));
        return false;
    }
    if (fv < 1) {
        diag.error(f.path("format_version"), "format_version must be 1, but it is " + std::to_string(fv));
        return false;
    }
    f.reject_unknown({"format", "format_version", "name", "tagline", "logo", "contact", "offered", "recommended",
                      "checklists", "language", "languages", "send_plan_to"});
    f.text("name", out.name, kNotEmpty, kMaxName);
    f.text("tagline", out.tagline, kNotEmpty, kMaxLine);
    f.text("contact", out.contact, kNotEmpty, kMaxLine);
    read_logo(f, out, diag);
    read_ids(f, "offered", out.offered, diag);
    read_ids(f, "recommended", out.recommended, diag);
    read_checklists(f, out, diag);
    if (f.text("language", out.language, kNotEmpty, 40) && !out.language.empty() && !is_valid_language(out.language))
        diag.error(f.path("language"), "\"language\" must be a language tag like \"en\" or \"fr-CA\", but it is " +
                                           quote_text(out.language));
    read_language_files(f, out, diag);
    read_send_plan_to(f, out, diag);
    return !diag.has_errors();
}

} // namespace

bool Config::recommends(std::string_view checklist_id) const {
    return std::find(recommended.begin(), recommended.end(), checklist_id) != recommended.end();
}

bool Config::offers(std::string_view shipped_id) const {
    return offered.empty() || std::find(offered.begin(), offered.end(), shipped_id) != offered.end();
}

std::string page_path_problem(std::string_view path) {
    if (path.empty()) return "it is empty";
    if (path.find("://") != std::string_view::npos || path.compare(0, 5, "data:") == 0)
        return "it is a web address; only files beside the page can be used";
    if (path.front() == '/') return "it starts with \"/\"";
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view part = path.substr(start, end - start);
        if (part.empty()) return "it has \"//\" or ends with \"/\"";
        if (part == "." || part == "..") return "it has \"" + std::string(part) + "\" in it";
        for (char ch : part)
            if (!is_name_char(ch))
                return "its names may hold only letters a to z, digits, \"-\", \"_\" and \".\"";
        start = end + 1;
    }
    return "";
}

std::string email_problem(std::string_view address) {
    const std::size_t at = address.find('@');
    if (at == std::string_view::npos) return "it has no \"@\"";
    if (address.find('@', at + 1) != std::string_view::npos) return "it has more than one \"@\"";
    for (char ch : address)
        if (static_cast<unsigned char>(ch) <= ' ' || ch == '<' || ch == '>' || ch == ',' || ch == ';' || ch == '"')
            return "it has a space or a character an address cannot have";
    if (at == 0) return "nothing comes before the \"@\"";
    const std::string_view domain = address.substr(at + 1);
    const std::size_t dot = domain.find('.');
    if (domain.empty() || dot == std::string_view::npos || dot == 0 || domain.back() == '.')
        return "the part after the \"@\" is not a domain like example.org";
    if (address.size() > 254) return "it is longer than 254 characters";
    return "";
}

Loaded<Config> load_config(std::string_view text, std::string_view file_name) {
    Loaded<Config> result;
    ReadLimits limits;
    limits.max_bytes = 8u * 1024u * 1024u;  // checklists written inside it included
    Loaded<JsonDoc> doc = read_json(text, file_name, limits);
    if (!doc.ok()) {
        result.problems = std::move(doc.problems);
        return result;
    }
    Diagnostics diag(file_name);
    Config c;
    if (config_from_json(doc.value->root(), diag, c)) result.value = std::move(c);
    result.problems = diag.take();
    return result;
}

} // namespace wa
