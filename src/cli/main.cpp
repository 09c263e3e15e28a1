// welcome-audit: the command-line side of Welcome Audit.
//
//   welcome-audit validate [--strict] FILE...
//   welcome-audit plan AUDIT.json --format json|csv|md|html [-o FILE] [--generated-at TIME]
//   welcome-audit summary AUDIT.json
//   welcome-audit merge AUDIT.json OTHER.json... -o OUT.json
//   welcome-audit compare PLAN.json... [--format md|csv] [-o FILE]
//
// Exit codes: 0 success, 1 invalid input (messages on stderr), 2 wrong usage.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/files.h"
#include "core/dates.h"
#include "core/compare.h"
#include "core/document.h"
#include "core/export.h"
#include "core/json_reader.h"
#include "core/merge.h"
#include "core/version.h"

namespace {

const char* kUsage =
    "Usage:\n"
    "  welcome-audit validate [--strict] FILE...\n"
    "      Checks checklists, audits and plans. Exit 0 when all are valid, 1 when not.\n"
    "      --strict also fails on warnings (e.g. answers to items a checklist dropped).\n"
    "  welcome-audit plan AUDIT.json --format json|csv|md|html [-o FILE] [--generated-at TIME]\n"
    "      Writes the improvement plan of an audit (to standard output without -o).\n"
    "  welcome-audit summary AUDIT.json\n"
    "      Prints a short plain-text summary.\n"
    "  welcome-audit merge AUDIT.json OTHER.json... -o OUT.json\n"
    "      Joins audits of the same branch; conflicts are reported.\n"
    "  welcome-audit compare PLAN.json... [--format md|csv] [-o FILE]\n"
    "      Branches side by side: scores, essential gaps and actions done per checklist.\n"
    "      Takes the plans branches send back (audit files work too).\n"
    "  welcome-audit --help | --version\n";

int usage_error(const std::string& msg) {
    std::fprintf(stderr, "welcome-audit: %s\n\n%s", msg.c_str(), kUsage);
    return 2;
}

void print_problems(const std::vector<wa::Problem>& problems) {
    for (const wa::Problem& p : problems) std::fprintf(stderr, "%s\n", wa::to_string(p).c_str());
}

bool read(const std::string& path, std::string& text) {
    std::string err;
    if (wa::cli::read_file(path, text, err, wa::ReadLimits{}.max_bytes)) return true;
    std::fprintf(stderr, "%s: %s\n", path.c_str(), err.c_str());
    return false;
}

// The options plan, compare and merge share: --format (-f, --format=X; only
// when `format` is given, `formats` naming its values for the message) and
// -o (--output). Returns true when args[i] was one of them, moving i past its
// value; `error` says when that value is missing.
bool output_option(const std::vector<std::string>& args, std::size_t& i, std::string* format, const char* formats,
                   std::string& output, std::string& error) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (format && (a == "--format" || a == "-f")) {
        if (has_value) *format = args[++i];
        else error = std::string("--format needs a value: ") + formats;
    } else if (format && a.rfind("--format=", 0) == 0) {
        *format = a.substr(9);
    } else if (a == "-o" || a == "--output") {
        if (has_value) output = args[++i];
        else error = "-o needs a file name";
    } else {
        return false;
    }
    return true;
}

// Writes `out` to standard output, or to the file named by -o.
int write_output(const std::string& out, const std::string& output) {
    if (output.empty()) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
    }
    std::string err;
    if (!wa::cli::write_file(output, out, err)) {
        std::fprintf(stderr, "welcome-audit: %s\n", err.c_str());
        return 1;
    }
    return 0;
}

// Loads an audit for plan/summary/merge; prints problems; false on errors.
bool load_audit_file(const std::string& path, wa::Audit& out) {
    std::string text;
    if (!read(path, text)) return false;
    wa::Loaded<wa::Audit> l = wa::load_audit(text, path);
    print_problems(l.problems);
    if (!l.ok()) return false;
    out = std::move(*l.value);
    return true;
}

int cmd_validate(const std::vector<std::string>& args) {
    bool strict = false;
    std::vector<std::string> files;
    for (const std::string& a : args) {
        if (a == "--strict") strict = true;
        else if (a.size() > 1 && a[0] == '-') return usage_error("unknown option " + a + " for validate");
        else files.push_back(a);
    }
    if (files.empty()) return usage_error("validate needs at least one FILE");
    bool all_ok = true;
    for (const std::string& path : files) {
        std::string text;
        if (!read(path, text)) {
            all_ok = false;
            continue;
        }
        wa::AnyDocument d = wa::load_any(text, path);
        bool warnings = !d.problems.empty() && !wa::has_errors(d.problems);
        if (d.ok() && !(strict && warnings)) std::printf("%s: ok (%s)\n", path.c_str(), wa::describe(d).c_str());
        else all_ok = false;
        print_problems(d.problems);
    }
    return all_ok ? 0 : 1;
}

int cmd_plan(const std::vector<std::string>& args) {
    std::string input, format, output, generated_at, error;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (output_option(args, i, &format, "json, csv, md or html", output, error)) {
            if (!error.empty()) return usage_error(error);
        } else if (a == "--generated-at") {
            if (i + 1 >= args.size()) return usage_error("--generated-at needs a time like 2024-05-01T14:03:00Z");
            generated_at = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("unknown option " + a + " for plan");
        } else if (input.empty()) {
            input = a;
        } else {
            return usage_error("plan takes one AUDIT.json, but got also " + a);
        }
    }
    if (input.empty()) return usage_error("plan needs an AUDIT.json");
    if (format.empty()) format = "json";
    if (format != "json" && format != "csv" && format != "md" && format != "markdown" && format != "html")
        return usage_error("--format must be json, csv, md or html, not " + format);
    if (generated_at.empty()) generated_at = wa::iso_utc_now();
    else if (!wa::is_iso_timestamp(generated_at))
        return usage_error("--generated-at must be a UTC time like 2024-05-01T14:03:00Z");

    wa::Audit audit;
    if (!load_audit_file(input, audit)) return 1;
    std::string out;
    if (format == "json") out = wa::plan_to_json(audit, generated_at);
    else if (format == "csv") out = wa::plan_to_csv(audit);
    else if (format == "html") out = wa::plan_to_html(audit, generated_at);
    else out = wa::plan_to_markdown(audit, generated_at);

    return write_output(out, output);
}

int cmd_compare(const std::vector<std::string>& args) {
    std::vector<std::string> inputs;
    std::string format = "md", output, error;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (output_option(args, i, &format, "md or csv", output, error)) {
            if (!error.empty()) return usage_error(error);
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("unknown option " + a + " for compare");
        } else {
            inputs.push_back(a);
        }
    }
    if (inputs.empty()) return usage_error("compare needs at least one PLAN.json");
    if (format == "markdown") format = "md";
    if (format != "md" && format != "csv") return usage_error("--format must be md or csv, not " + format);
    std::vector<wa::NamedPlan> plans;
    bool all_ok = true;
    for (const std::string& path : inputs) {
        std::string text;
        if (!read(path, text)) {
            all_ok = false;
            continue;
        }
        wa::AnyDocument d = wa::load_any(text, path);
        print_problems(d.problems);
        if (d.ok() && d.plan) plans.push_back({path, std::move(*d.plan)});
        else if (d.ok() && d.audit) plans.push_back({path, wa::make_plan_doc(*d.audit, wa::iso_utc_now())});
        else {
            if (d.ok()) std::fprintf(stderr, "%s: this is %s, not a plan or an audit\n", path.c_str(), wa::describe(d).c_str());
            all_ok = false;
        }
    }
    if (!all_ok) return 1;  // a comparison missing a branch would mislead
    wa::Comparison c = wa::compare_plans(plans);
    return write_output(format == "csv" ? wa::comparison_to_csv(c) : wa::comparison_to_markdown(c), output);
}

int cmd_summary(const std::vector<std::string>& args) {
    if (args.size() != 1 || args[0].empty() || args[0][0] == '-') return usage_error("summary takes one AUDIT.json");
    wa::Audit audit;
    if (!load_audit_file(args[0], audit)) return 1;
    std::string s = wa::summary_text(audit);
    std::fwrite(s.data(), 1, s.size(), stdout);
    return 0;
}

int cmd_merge(const std::vector<std::string>& args) {
    std::vector<std::string> inputs;
    std::string output, error;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (output_option(args, i, nullptr, nullptr, output, error)) {
            if (!error.empty()) return usage_error(error);
        } else if (args[i].size() > 1 && args[i][0] == '-') {
            return usage_error("unknown option " + args[i] + " for merge");
        } else {
            inputs.push_back(args[i]);
        }
    }
    if (inputs.size() < 2) return usage_error("merge needs at least two audits");
    if (output.empty()) return usage_error("merge needs -o OUT.json");
    wa::Audit into;
    if (!load_audit_file(inputs[0], into)) return 1;
    for (std::size_t i = 1; i < inputs.size(); ++i) {
        wa::Audit other;
        if (!load_audit_file(inputs[i], other)) return 1;
        wa::MergeReport r = wa::merge_audits(into, other);
        std::printf("%s: %d answers added, %d replaced by newer ones, %d checklists added, %d updated, %d action notes added\n",
                    inputs[i].c_str(), r.responses_added, r.responses_replaced, r.checklists_added,
                    r.checklists_updated, r.actions_added);
        for (const std::string& c : r.conflicts) std::printf("  conflict: %s\n", c.c_str());
        for (const std::string& n : r.notes) std::printf("  note: %s\n", n.c_str());
    }
    std::string err;
    if (!wa::cli::write_file(output, wa::audit_to_json_text(into), err)) {
        std::fprintf(stderr, "welcome-audit: %s\n", err.c_str());
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return usage_error("no command given");
    const std::string cmd = args[0];
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::printf("welcome-audit %s: inclusion and accessibility self-audits for libraries\n\n%s", wa::kVersion, kUsage);
        return 0;
    }
    if (cmd == "--version") {
        std::printf("welcome-audit %s\n", wa::kVersion);
        return 0;
    }
    if (cmd == "validate") return cmd_validate(rest);
    if (cmd == "plan") return cmd_plan(rest);
    if (cmd == "summary") return cmd_summary(rest);
    if (cmd == "merge") return cmd_merge(rest);
    if (cmd == "compare") return cmd_compare(rest);
    return usage_error("unknown command " + cmd);
}
