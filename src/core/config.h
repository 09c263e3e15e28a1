// config.h: a consortium's configuration (docs/hosting.md, "config.json").
//
// A consortium that hosts the page may put a config.json beside it: who it
// is, a short line for the Start screen, a logo, whom to ask, which shipped
// checklists its branches are offered (and which it recommends), its own
// checklists, and where branches send their plan. The file is optional, and
// a broken one never stops the app: it starts with the defaults and says on
// Start what was wrong. So loading checks every rule and reports every
// problem at once, like every other file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/checklist.h"
#include "core/problems.h"

namespace wa {

constexpr int kConfigFormatVersion = 1;
constexpr const char* kConfigFormat = "welcome-audit/config";

struct ConfigLogo {
    std::string src;  // a picture beside the page ("logo.png"), or a data:image/... URL
    std::string alt;  // what the logo says, for people who cannot see it; required
};

// Where branches send their plan: shown as text and as a link. The app sends nothing itself.
struct SendPlanTo {
    std::string text;  // "audits@riverside.example" or "https://riverside.example/plans"
    bool is_email = false;
    std::string link() const { return is_email ? "mailto:" + text : text; }
};

struct Config {
    std::string name;     // "Riverside Library Consortium"
    std::string tagline;  // one short line under the name on Start
    ConfigLogo logo;      // src "" when there is none
    std::string contact;  // "Questions? Ana Ruiz, accessibility coordinator, 555-0100"
    // Ids of the shipped checklists offered to branches, in the config's
    // order; empty: all of them. Checklists the consortium adds are always offered.
    std::vector<std::string> offered;
    std::vector<std::string> recommended;  // checklist ids, shipped or the consortium's own
    // The consortium's own checklists: files beside the page
    // ("riverside/wayfinding.json"), fetched after the first frame, and
    // checklists written inside config.json itself (the offline file has them so).
    std::vector<std::string> checklist_files;
    std::vector<Checklist> checklists;
    std::string language;  // "en", "fr-CA"; "" when not given
    std::vector<std::string> language_files;  // "languages": ["lang/vi.json"], beside the page
    SendPlanTo send_plan_to;  // text "" when not given

    bool recommends(std::string_view checklist_id) const;
    bool offers(std::string_view shipped_id) const;
};

// A path relative to the page, made of plain file and folder names
// ("riverside/wayfinding.json"): no scheme, no leading "/", no "..", so that
// it stays on the page's own site. "" when it is one; otherwise why not, as
// the end of a sentence.
std::string page_path_problem(std::string_view path);
// "someone@example.org": one "@", no spaces, a dot in the part after it. "" or why not.
std::string email_problem(std::string_view address);

Loaded<Config> load_config(std::string_view text, std::string_view file_name);

} // namespace wa
