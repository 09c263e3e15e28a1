#include "core/measure.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/audit.h"
#include "core/checklist.h"
#include "core/dates.h"
#include "core/json_fields.h"
#include "core/json_writer.h"
#include "core/report_words.h"
#include "core/words.h"
#include "core/scoring.h"

namespace wa {

bool operator==(const Bound& a, const Bound& b) {
    return a.set == b.set && (!a.set || (a.value == b.value && a.metric == b.metric));
}
bool operator==(const Range& a, const Range& b) { return a.min == b.min && a.max == b.max; }
bool operator==(const Measure& a, const Measure& b) {
    return a.what == b.what && a.unit == b.unit && a.metric_unit == b.metric_unit &&
           a.metric_per_unit == b.metric_per_unit && a.met == b.met && a.partly == b.partly;
}
bool operator==(const TallyRule& a, const TallyRule& b) {
    return a.each == b.each && a.what == b.what && a.min_count == b.min_count &&
           a.met_percent == b.met_percent && a.partly_percent == b.partly_percent;
}
bool operator==(const Measurement& a, const Measurement& b) {
    return a.value == b.value && a.unit == b.unit && a.at == b.at;
}
bool operator==(const TallySitting& a, const TallySitting& b) {
    return a.started_at == b.started_at && a.yes == b.yes && a.no == b.no;
}

TallyTotal tally_total(const std::vector<TallySitting>& sittings) {
    TallyTotal t;
    for (const TallySitting& s : sittings) {
        t.yes += s.yes;
        t.no += s.no;
    }
    return t;
}

// --- words ----------------------------------------------------------------------

std::string number_text(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return decimal_text(s);  // "8,5" in Spanish (words.h)
}

namespace {
// The largest figure a file or a person may give (a billion), in any unit.
constexpr double kLargest = 1e9;

bool has_metric(const Measure& m) { return !m.metric_unit.empty(); }
bool range_set(const Range& r) { return r.min.set || r.max.set; }

// "5 lbf (22.2 N)" for one bound; "15 and 48 in (380 and 1220 mm)" for two.
std::string figures(const Measure& m, const Bound* a, const Bound* b) {
    const char* both = report_words().figures_and;
    std::string s = b ? say(both, number_text(a->value).c_str(), number_text(b->value).c_str()) : number_text(a->value);
    s += " " + m.unit;
    if (has_metric(m)) {
        s += " (" + (b ? say(both, number_text(a->metric).c_str(), number_text(b->metric).c_str()) : number_text(a->metric));
        s += " " + m.metric_unit + ")";
    }
    return s;
}

bool within(double v, const Range& r, bool metric) {
    if (r.min.set && v < (metric ? r.min.metric : r.min.value)) return false;
    if (r.max.set && v > (metric ? r.max.metric : r.max.value)) return false;
    return true;
}
} // namespace

std::string range_text(const Measure& m, const Range& r) {
    const ReportWords& w = report_words();
    if (r.min.set && r.max.set) {
        if (r.min.value == r.max.value) return say(w.exactly, figures(m, &r.min, nullptr).c_str());
        return say(w.between, figures(m, &r.min, &r.max).c_str());
    }
    if (r.max.set) return say(w.at_most, figures(m, &r.max, nullptr).c_str());
    if (r.min.set) return say(w.at_least, figures(m, &r.min, nullptr).c_str());
    return "";
}

Range partly_range(const Measure& m) {
    Range r = m.partly;
    if (!range_set(r)) return r;
    if (!r.min.set) r.min = m.met.min;
    if (!r.max.set) r.max = m.met.max;
    return r;
}

std::string measure_rule_text(const Measure& m) {
    std::string s = say(report_words().must_be, range_text(m, m.met).c_str());
    if (range_set(m.partly)) s += say(report_words().partly_met_range, range_text(m, partly_range(m)).c_str());
    return s;
}

std::string tally_rule_text(const TallyRule& t) {
    std::string s = say(report_words().tally_rule, t.met_percent, t.min_count);
    if (t.partly_percent > 0) s += say(report_words().tally_partly, t.partly_percent);
    return s;
}

std::string measurement_text(const Measure& m, const Measurement& x) {
    std::string s = number_text(x.value) + " " + x.unit;
    if (!has_metric(m) || m.metric_per_unit <= 0) return s;
    if (x.unit == m.unit) s += " (" + number_text(x.value * m.metric_per_unit) + " " + m.metric_unit + ")";
    else if (x.unit == m.metric_unit) s += " (" + number_text(x.value / m.metric_per_unit) + " " + m.unit + ")";
    return s;
}

// --- suggestions ------------------------------------------------------------------

Answer suggest_from_measure(const Measure& m, const Measurement& x) {
    bool metric = false;
    if (x.unit.empty()) return Answer::Unanswered;
    if (x.unit == m.unit) metric = false;
    else if (has_metric(m) && x.unit == m.metric_unit) metric = true;
    else return Answer::Unanswered;
    if (within(x.value, m.met, metric)) return Answer::Met;
    if (range_set(m.partly) && within(x.value, partly_range(m), metric)) return Answer::Partly;
    return Answer::NotMet;
}

Answer suggest_from_tally(const TallyRule& t, TallyTotal n) {
    if (n.count() < t.min_count || n.count() == 0) return Answer::Unanswered;
    // Whole-number arithmetic: 9 of 10 is exactly 90%, never 89.999...
    const long long yes100 = 100LL * n.yes;
    if (yes100 >= static_cast<long long>(t.met_percent) * n.count()) return Answer::Met;
    if (t.partly_percent > 0 && yes100 >= static_cast<long long>(t.partly_percent) * n.count())
        return Answer::Partly;
    return Answer::NotMet;
}

Answer suggested_answer(const Item& it, const Response* r) {
    if (!r) return Answer::Unanswered;
    if (it.measure) return suggest_from_measure(*it.measure, r->measurement);
    if (it.tally) return suggest_from_tally(*it.tally, tally_total(r->tally));
    return Answer::Unanswered;
}

bool is_override(const Item& it, const Response* r) {
    if (!r || !answer_is_scored(r->answer)) return false;
    Answer s = suggested_answer(it, r);
    return s != Answer::Unanswered && s != r->answer;
}

double binomial_at_least(int n, int k, double p) {
    if (k <= 0) return 1.0;
    if (k > n) return 0.0;
    // Sum the terms from k to n; each term from the last, so no factorial overflows.
    double term = std::pow(1.0 - p, n);  // P(X = 0)
    double total = 0;
    for (int i = 0; i <= n; ++i) {
        if (i > 0) term = (p >= 1.0) ? (i == n ? 1.0 : 0.0) : term * (n - i + 1) / i * p / (1.0 - p);
        if (i >= k) total += term;
    }
    return std::min(1.0, total);
}

int yes_needed(int n, int percent) {
    int k = 0;
    while (100LL * k < static_cast<long long>(percent) * n) ++k;
    return k;
}

ShareRange likely_share(TallyTotal n) {
    ShareRange r;
    const int count = n.count();
    if (count <= 0) return r;
    const double z = 1.6449;  // 90%: 5% on each side
    const double p = static_cast<double>(n.yes) / count;
    const double z2n = z * z / count;
    const double centre = (p + z2n / 2) / (1 + z2n);
    const double half = z * std::sqrt(p * (1 - p) / count + z2n / (4.0 * count)) / (1 + z2n);
    r.low = std::max(0, static_cast<int>(std::floor(100 * (centre - half))));
    r.high = std::min(100, static_cast<int>(std::ceil(100 * (centre + half))));
    return r;
}

std::string sureness_text(TallyTotal n) {
    if (n.count() <= 0) return "";
    const ShareRange r = likely_share(n);
    const std::string range = say(report_words().usual_share, r.low, r.high);
    return n.count() < kSmallSample ? say(report_words().small_sample, range.c_str()) : range;
}

namespace {
std::string share_text(TallyTotal n) {
    std::string s = say(report_words().of, n.yes, n.count());
    if (n.count() > 0) s += " (" + percent_number((100 * n.yes + n.count() / 2) / n.count()) + ")";
    return s;
}
} // namespace

std::string figure_text(const Item& it, const Response* r) {
    if (!r) return "";
    if (it.measure && !r->measurement.unit.empty()) {
        const Measure& m = *it.measure;
        return m.what + " " + measurement_text(m, r->measurement) + "; " + measure_rule_text(m);
    }
    if (it.tally) {
        TallyTotal n = tally_total(r->tally);
        if (n.count() == 0) return "";
        return it.tally->what + ": " + share_text(n) + "; " + tally_rule_text(*it.tally);
    }
    return "";
}

std::string suggestion_text(const Item& it, const Response* r) {
    std::string s = figure_text(it, r);
    if (s.empty()) return s;
    Answer sug = suggested_answer(it, r);
    if (sug == Answer::Unanswered) {
        if (it.tally) {
            const int more = it.tally->min_count - tally_total(r->tally).count();
            return s + ": " + say(more == 1 ? report_words().more_needed_one : report_words().more_needed_many, more);
        }
        return s;
    }
    s += say(report_words().suggests, answer_label(sug));
    if (it.tally) s += " (" + sureness_text(tally_total(r->tally)) + ")";
    if (is_override(it, r)) s += say(report_words().override_note, answer_label(r->answer));
    return s;
}

// --- entering figures ---------------------------------------------------------------

bool read_typed_figure(std::string_view typed, double& out) {
    std::string text(typed);
    for (char& ch : text)
        if (ch == ',') ch = '.';
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return false;
    const std::size_t last = text.find_last_not_of(" \t");
    text = text.substr(first, last - first + 1);
    // strtod also reads hexadecimal and "inf": only digits, one point and a sign are figures.
    if (text.find_first_not_of("0123456789.+-") != std::string::npos) return false;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size()) return false;
    if (!(v > -kLargest && v < kLargest)) return false;
    out = v;
    return true;
}

FigureCheck check_figure(const Measure& m, double value, const std::string& unit) {
    if (value < 0) return FigureCheck::Negative;
    const bool metric = has_metric(m) && unit == m.metric_unit;
    double largest = 0;
    for (const Range* r : {&m.met, &m.partly})
        for (const Bound* b : {&r->min, &r->max})
            if (b->set) largest = std::max(largest, metric ? b->metric : b->value);
    const double limit = std::max(largest * 10.0, 10.0);
    return value > limit ? FigureCheck::TooLarge : FigureCheck::Fine;
}

double convert_figure(const Measure& m, double value, bool to_metric) {
    if (!has_metric(m)) return value;
    const double v = to_metric ? value * m.metric_per_unit : value / m.metric_per_unit;
    return std::round(v * 100.0) / 100.0;  // as number_text writes it: at most two decimals
}

void set_measurement(Response& r, double value, const std::string& unit, const std::string& now_iso) {
    r.measurement.value = value;
    r.measurement.unit = unit;
    r.measurement.at = now_iso;
}

void clear_measurement(Response& r) { r.measurement = Measurement{}; }

void tally_step(Response& r, bool yes, int delta, const std::string& now_iso) {
    if (delta > 0) {
        const bool same_day = !r.tally.empty() && r.tally.back().started_at.size() >= 10 &&
                              now_iso.size() >= 10 &&
                              r.tally.back().started_at.compare(0, 10, now_iso, 0, 10) == 0;
        if (!same_day) r.tally.push_back(TallySitting{now_iso, 0, 0});
        int& n = yes ? r.tally.back().yes : r.tally.back().no;
        if (n < kMaxTallyCount) ++n;
        return;
    }
    for (auto s = r.tally.rbegin(); s != r.tally.rend(); ++s) {
        int& n = yes ? s->yes : s->no;
        if (n == 0) continue;
        --n;
        if (s->yes == 0 && s->no == 0) r.tally.erase(std::next(s).base());
        return;
    }
}

// --- checklist JSON ---------------------------------------------------------------------

namespace {


// Reads "min"/"max" and "min_metric"/"max_metric" into `r`.
void read_range(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, const Measure& m, Range& r,
                const char* what) {
    if (!expect_object(j, place, diag, what)) return;
    Fields f(j, place, diag, what);
    f.reject_unknown({"min", "min_metric", "max", "max_metric"});
    auto one = [&](const char* key, const char* metric_key, Bound& b) {
        if (!f.find(key)) {
            if (f.find(metric_key))
                diag.error(f.path(metric_key), std::string("\"") + metric_key + "\" is given without \"" + key +
                                                   "\"; give the figure in " + m.unit + " too");
            return;
        }
        if (!f.number(key, b.value, kRequired)) return;
        if (std::fabs(b.value) > kLargest) {
            diag.error(f.path(key), std::string("\"") + key + "\" is too large a figure: " + number_text(b.value));
            return;
        }
        b.set = true;
        if (m.metric_unit.empty()) {
            if (f.find(metric_key))
                diag.error(f.path(metric_key), std::string("\"") + metric_key + "\" is given, but this measure has no "
                                                   "\"metric_unit\"; add one, or remove the metric figure");
            return;
        }
        if (!f.find(metric_key)) {
            diag.error(f.place().str(), std::string(what) + " gives " + number_text(b.value) + " " + m.unit +
                                            " without its metric twin; add \"" + metric_key + "\" in " +
                                            m.metric_unit + ", as the source gives it");
            return;
        }
        if (!f.number(metric_key, b.metric, kRequired)) return;
        // The source's own rounding (36 in = 915 mm) is within 2%; a slip (36 in = 815 mm) is not.
        const double exact = b.value * m.metric_per_unit;
        if (m.metric_per_unit > 0 && std::fabs(b.metric - exact) > 0.02 * std::fabs(exact) + 1e-9)
            diag.error(f.path(metric_key), number_text(b.metric) + " " + m.metric_unit + " is not " +
                                               number_text(b.value) + " " + m.unit + " (that is about " +
                                               number_text(exact) + " " + m.metric_unit + ")");
    };
    one("min", "min_metric", r.min);
    one("max", "max_metric", r.max);
}

} // namespace

bool read_measure(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Measure& m) {
    if (!expect_object(j, place, diag, "a measure")) return false;
    const std::size_t before = diag.error_count();
    Fields f(j, place, diag, "this measure");
    f.reject_unknown({"what", "unit", "metric_unit", "metric_per_unit", "met", "partly"});
    f.text("what", m.what, kRequired | kNotEmpty, 200);
    f.text("unit", m.unit, kRequired | kNotEmpty, 20);
    f.text("metric_unit", m.metric_unit, kNotEmpty, 20);
    if (!m.metric_unit.empty()) {
        if (f.number("metric_per_unit", m.metric_per_unit, kRequired) && f.find("metric_per_unit") &&
            !(m.metric_per_unit > 0 && m.metric_per_unit < kLargest))
            diag.error(f.path("metric_per_unit"), "metric_per_unit must be a number above 0 (how many " +
                                                      m.metric_unit + " make one " + m.unit + ")");
        if (m.metric_unit == m.unit)
            diag.error(f.path("metric_unit"), "metric_unit is the same as unit; leave it out when the unit has no metric twin");
    } else if (f.find("metric_per_unit")) {
        diag.error(f.path("metric_per_unit"), "metric_per_unit is given without a \"metric_unit\"; add the metric unit, or remove it");
    }
    const JsonPlace met_place(place, "met");
    if (const JsonNode* met = f.object("met", kRequired)) {
        read_range(*met, met_place, diag, m, m.met, "the met rule");
        if (!range_set(m.met) && met->is_object())
            diag.error(met_place.str(), "the met rule needs \"min\", \"max\" or both, in " + m.unit);
        if (m.met.min.set && m.met.max.set && m.met.min.value > m.met.max.value)
            diag.error(met_place.str(), "the met rule's min (" + number_text(m.met.min.value) +
                                            ") is above its max (" + number_text(m.met.max.value) + ")");
    }
    const JsonPlace partly_place(place, "partly");
    if (const JsonNode* partly = f.object("partly", kOptional)) {
        read_range(*partly, partly_place, diag, m, m.partly, "the partly rule");
        if (partly->is_object() && range_set(m.met)) {
            // Partly met is looser than met: it widens an end met sets, and sets no end met leaves open.
            bool looser = false;
            auto side = [&](const Bound& met, const Bound& p, bool is_min) {
                if (!p.set) return;
                if (!met.set) {
                    diag.error(partly_place.str(), std::string("the partly rule sets a ") + (is_min ? "min" : "max") +
                                                       " but the met rule has none; partly met must be looser than met");
                    return;
                }
                const bool wider = is_min ? p.value < met.value : p.value > met.value;
                const bool same = p.value == met.value;
                if (!wider && !same)
                    diag.error(partly_place.str(), std::string("the partly rule's ") + (is_min ? "min " : "max ") +
                                                       number_text(p.value) + " is stricter than the met rule's " +
                                                       number_text(met.value) + "; partly met must be looser than met");
                looser = looser || wider;
            };
            side(m.met.min, m.partly.min, true);
            side(m.met.max, m.partly.max, false);
            if (range_set(m.partly) && !looser && diag.error_count() == before)
                diag.error(partly_place.str(), "the partly rule is the same as the met rule; make it looser, or leave it out");
            if (!range_set(m.partly))
                diag.error(partly_place.str(), "the partly rule needs \"min\", \"max\" or both, or leave it out");
        }
    }
    return diag.error_count() == before;
}

bool read_tally_rule(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, TallyRule& t) {
    if (!expect_object(j, place, diag, "a tally")) return false;
    const std::size_t before = diag.error_count();
    Fields f(j, place, diag, "this tally");
    f.reject_unknown({"each", "what", "min_count", "met_percent", "partly_percent"});
    f.text("each", t.each, kRequired | kNotEmpty, 200);
    f.text("what", t.what, kRequired | kNotEmpty, 200);
    if (f.integer("min_count", t.min_count, kRequired) && f.find("min_count") &&
        (t.min_count < 1 || t.min_count > 1000))
        diag.error(f.path("min_count"), "min_count must be a whole number from 1 to 1000 (how many observations "
                                        "are needed before the rule says anything), but it is " +
                                            std::to_string(t.min_count));
    if (f.integer("met_percent", t.met_percent, kRequired) && f.find("met_percent") &&
        (t.met_percent < 1 || t.met_percent > 100))
        diag.error(f.path("met_percent"), "met_percent must be a whole number from 1 to 100, but it is " +
                                              std::to_string(t.met_percent));
    if (f.integer("partly_percent", t.partly_percent, kOptional) && f.find("partly_percent") &&
        (t.partly_percent < 1 || t.partly_percent >= t.met_percent))
        diag.error(f.path("partly_percent"), "partly_percent must be at least 1 and below met_percent (" +
                                                 std::to_string(t.met_percent) + "): partly met is looser than met; "
                                                 "it is " + std::to_string(t.partly_percent));
    return diag.error_count() == before;
}

namespace {
// Whole figures as integers (36, not 36.0), like people write them in a checklist.
void field_figure(JsonWriter& w, std::string_view key, double v) {
    if (std::fabs(v) < kLargest && v == std::floor(v)) w.field_int(key, static_cast<long long>(v));
    else w.field_num(key, v);
}
void write_range(JsonWriter& w, const Measure& m, const Range& r) {
    w.begin_object();
    if (r.min.set) {
        field_figure(w, "min", r.min.value);
        if (!m.metric_unit.empty()) field_figure(w, "min_metric", r.min.metric);
    }
    if (r.max.set) {
        field_figure(w, "max", r.max.value);
        if (!m.metric_unit.empty()) field_figure(w, "max_metric", r.max.metric);
    }
    w.end_object();
}
} // namespace

void write_measure(JsonWriter& w, const Measure& m) {
    w.begin_object();
    w.field_str("what", m.what);
    w.field_str("unit", m.unit);
    if (!m.metric_unit.empty()) {
        w.field_str("metric_unit", m.metric_unit);
        field_figure(w, "metric_per_unit", m.metric_per_unit);
    }
    w.key("met");
    write_range(w, m, m.met);
    if (range_set(m.partly)) {
        w.key("partly");
        write_range(w, m, m.partly);
    }
    w.end_object();
}

void write_tally_rule(JsonWriter& w, const TallyRule& t) {
    w.begin_object();
    w.field_str("each", t.each);
    w.field_str("what", t.what);
    w.field_int("min_count", t.min_count);
    w.field_int("met_percent", t.met_percent);
    if (t.partly_percent > 0) w.field_int("partly_percent", t.partly_percent);
    w.end_object();
}

// --- audit JSON -----------------------------------------------------------------------------

bool read_measurement(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Measurement& x) {
    if (!expect_object(j, place, diag, "a measurement")) return false;
    const std::size_t before = diag.count();
    Fields f(j, place, diag, "this measurement");
    f.reject_unknown({"value", "unit", "at"});
    if (f.number("value", x.value, kRequired) && std::fabs(x.value) > kLargest)
        diag.error(f.path("value"), "the measurement " + number_text(x.value) + " is too large");
    f.text("unit", x.unit, kRequired | kNotEmpty, 20);
    if (f.text("at", x.at, kOptional, 40) && !x.at.empty() && !is_iso_timestamp(x.at))
        diag.error(f.path("at"), "at must be a UTC time like 2024-05-01T14:03:00Z, but it is " + quote_text(x.at));
    return diag.count() == before;
}

bool read_tally_sittings(const JsonNode& j, const JsonPlace& place, Diagnostics& diag,
                         std::vector<TallySitting>& out) {
    const std::size_t before = diag.count();
    if (!j.is_array()) {
        diag.error(place.str(), "a tally must be a list of sittings ([...]), but it is " + describe_value(j));
        return false;
    }
    for (std::size_t i = 0; i < j.size(); ++i) {
        const JsonPlace at(place, i);
        if (!expect_object(j[i], at, diag, "each tally sitting")) continue;
        Fields f(j[i], at, diag, "this tally sitting");
        f.reject_unknown({"started_at", "yes", "no"});
        TallySitting s;
        if (f.text("started_at", s.started_at, kRequired | kNotEmpty, 40) && !s.started_at.empty() &&
            !is_iso_timestamp(s.started_at))
            diag.error(f.path("started_at"), "started_at must be a UTC time like 2024-05-01T14:03:00Z, but it is " +
                                                 quote_text(s.started_at));
        for (const char* key : {"yes", "no"}) {
            int& n = key[0] == 'y' ? s.yes : s.no;
            if (f.integer(key, n, kRequired) && f.find(key) && (n < 0 || n > 100000))
                diag.error(f.path(key), std::string("\"") + key + "\" must be a count from 0 to 100,000, but it is " +
                                            std::to_string(n));
        }
        for (const TallySitting& prev : out)
            if (prev.started_at == s.started_at && !s.started_at.empty())
                diag.error(f.path("started_at"), "two tally sittings started at " + s.started_at +
                                                     "; each sitting has its own start time");
        out.push_back(std::move(s));
    }
    return diag.count() == before;
}

void write_measurement(JsonWriter& w, const Measurement& x) {
    w.begin_object();
    field_figure(w, "value", x.value);
    w.field_str("unit", x.unit);
    if (!x.at.empty()) w.field_str("at", x.at);
    w.end_object();
}

void write_tally_sittings(JsonWriter& w, const std::vector<TallySitting>& sittings) {
    w.begin_array();
    for (const TallySitting& s : sittings) {
        w.begin_object();
        w.field_str("started_at", s.started_at);
        w.field_int("yes", s.yes);
        w.field_int("no", s.no);
        w.end_object();
    }
    w.end_array();
}

// --- merging ----------------------------------------------------------------------------------

void merge_figures(Response& mine, const Response& theirs, const std::string& key,
                   std::vector<std::string>& conflicts) {
    if (!theirs.measurement.unit.empty()) {
        if (mine.measurement.unit.empty()) {
            mine.measurement = theirs.measurement;
        } else if (!(mine.measurement == theirs.measurement)) {
            const bool theirs_later = theirs.measurement.at > mine.measurement.at;
            const Measurement& kept = theirs_later ? theirs.measurement : mine.measurement;
            const Measurement& lost = theirs_later ? mine.measurement : theirs.measurement;
            if (kept.value != lost.value || kept.unit != lost.unit)
                conflicts.push_back("Item " + key + " was measured " + number_text(mine.measurement.value) + " " +
                                    mine.measurement.unit + " here and " + number_text(theirs.measurement.value) +
                                    " " + theirs.measurement.unit + " in the other audit; kept " +
                                    number_text(kept.value) + " " + kept.unit + ", the later measurement.");
            mine.measurement = kept;
        }
    }
    for (const TallySitting& t : theirs.tally) {
        auto same = std::find_if(mine.tally.begin(), mine.tally.end(),
                                 [&](const TallySitting& s) { return s.started_at == t.started_at; });
        if (same == mine.tally.end()) {
            mine.tally.push_back(t);
        } else {
            same->yes = std::max(same->yes, t.yes);
            same->no = std::max(same->no, t.no);
        }
    }
    std::stable_sort(mine.tally.begin(), mine.tally.end(),
                     [](const TallySitting& a, const TallySitting& b) { return a.started_at < b.started_at; });
}

} // namespace wa
