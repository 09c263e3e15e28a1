// plan.h: the improvement plan, derived from the audit's answers.
//
// Every item answered not met or partly yields all its recommended actions;
// every "not sure yet" yields one "find out" task. Each gets a priority
// (docs/audit-format.md, "Priority"):
//
//   impact   = weight (1-3) x (essential ? 2 : 1) x (not met ? 2 : 1)
//   ease     = 1 + cost points (none 3, under $100 2, $100-1,000 1, over 0)
//                + effort points (hours 2, days 1, weeks 0)
//   priority = impact x ease            (1 .. 72, higher first)
//
// so high-impact, no-cost quick wins come first. A find-out task counts as
// partly (we don't know yet) and costs nothing but hours of asking.
// What people enter about an action (owner, due date, status, cost
// estimate, notes) lives in Audit::actions under the action's stable key.
#pragma once

#include <string>
#include <vector>

#include "core/audit.h"
#include "core/glance.h"
#include "core/scoring.h"

namespace wa {

// 2: summary.glance (the summary at a glance). Format 1 files still open; their glance is worked out.
constexpr int kPlanFormatVersion = 2;
constexpr const char* kPlanFormat = "welcome-audit/plan";
constexpr const char* kFindOutOwner = "Audit team";  // in English; report_words().find_out_owner in the audit's language

struct PlanAction {
    std::string key;  // "checklistId/itemId/actionId" or "checklistId/itemId/find-out"
    std::string checklist_id, item_id, action_id;
    bool find_out = false;
    std::string text;  // the action, or "Find out: <prompt>"
    std::string item_prompt, section_title, checklist_title;
    Cost cost = Cost::None;
    Effort effort = Effort::Hours;
    std::string suggested_owner;  // from the checklist (a role)
    int weight = 1;
    bool essential = false;
    Answer answer = Answer::Unanswered;
    int priority = 0;
    bool quick_win = false;  // no cost or under $100, and hours
    ActionState state;       // from Audit::actions; defaults to status "todo"
    // For a measured or counted item (measure.h): the figure, its rule, what it
    // suggests and any override: "door opening force 8 lbf (35.6 N); must be at
    // most 5 lbf (22.2 N): suggests Not met". "" otherwise.
    std::string figure;
};

bool operator==(const PlanAction& a, const PlanAction& b);

int priority_of(int weight, bool essential, Answer answer, Cost cost, Effort effort);
bool is_quick_win(Cost cost, Effort effort);

// Deterministic: priority (higher first), then checklist order, item order
// and action order as in the audit's checklists.
std::vector<PlanAction> build_plan(const Audit& a);

// Every figure an audit holds, answered or not, in checklist order: what a
// consortium compares between branches (compare.h) and the exports list.
struct PlanFigure {
    std::string key;     // "checklistId/itemId"
    std::string prompt;  // the item's question
    std::string text;    // suggestion_text (measure.h)
};
bool operator==(const PlanFigure& a, const PlanFigure& b);
std::vector<PlanFigure> plan_figures(const Audit& a);

struct PlanChecklistRef {
    std::string id, version, title;
};
bool operator==(const PlanChecklistRef& a, const PlanChecklistRef& b);

// The exported plan document (checklists/schema/plan.schema.json). It carries
// the profile, checklist ids and versions, summary scores and every action
// with its state, so a consortium can compare branches from plan files alone.
// It is not an audit: it has no answers' notes or evidence and no checklist
// text beyond what each action needs.
struct PlanDoc {
    int format_version = kPlanFormatVersion;
    std::string generated_at;  // ISO 8601 UTC
    std::string generator;     // "Welcome Audit 0.1.0"
    std::string audit_created_at, audit_updated_at;
    Profile profile;
    std::string language = "en";  // the words' language ("es"); ids and enums are the same in every language
    std::vector<PlanChecklistRef> checklists;
    Scores summary;
    Glance glance;  // summary.glance in the file
    std::vector<PlanAction> actions;
    std::vector<PlanFigure> figures;  // optional in the file: plans before measured items have none
};
bool operator==(const PlanDoc& a, const PlanDoc& b);

PlanDoc make_plan_doc(const Audit& a, const std::string& generated_at);
std::string plan_doc_to_json_text(const PlanDoc& p);
Loaded<PlanDoc> load_plan(std::string_view text, std::string_view file_name);
bool read_plan(const JsonNode& j, Diagnostics& diag, PlanDoc& out);

// Copies the action states of a plan (owner, due, status, ...) into an audit
// whose checklists have the same ids: how edits made on a plan file by a
// manager come back. Returns how many states were copied; states for actions
// that the audit's plan does not have are skipped and listed in `skipped`.
int apply_plan_states(Audit& a, const PlanDoc& p, std::vector<std::string>* skipped = nullptr);

} // namespace wa
