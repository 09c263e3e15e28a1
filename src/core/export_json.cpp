#include "core/export.h"
#include "core/plan.h"

namespace wa {

std::string plan_to_json(const Audit& a, const std::string& generated_at) {
    return plan_doc_to_json_text(make_plan_doc(a, generated_at));
}

} // namespace wa
