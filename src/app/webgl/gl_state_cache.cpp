// See gl_state_cache.h: the first answer to each state query is kept.
#include <GLES3/gl3.h>

#include <cstring>

namespace {

struct Kept {
    GLenum name;
    bool is_cap;      // glIsEnabled(name) rather than glGetIntegerv(name)
    GLint values[4];  // VIEWPORT and SCISSOR_BOX have four; the rest one
};
Kept g_kept[64];
int g_count = 0;

int values_of(GLenum pname) { return pname == GL_VIEWPORT || pname == GL_SCISSOR_BOX ? 4 : 1; }

Kept* find(GLenum name, bool is_cap) {
    for (int i = 0; i < g_count; ++i)
        if (g_kept[i].name == name && g_kept[i].is_cap == is_cap) return &g_kept[i];
    return nullptr;
}

}  // namespace

extern "C" void wa_gl_cached_get_integerv(GLenum pname, GLint* data) {
    if (const Kept* k = find(pname, false)) {
        std::memcpy(data, k->values, sizeof(GLint) * static_cast<size_t>(values_of(pname)));
        return;
    }
    GLint got[16] = {};  // room for any answer the backend asks for
    glGetIntegerv(pname, got);
    std::memcpy(data, got, sizeof(GLint) * static_cast<size_t>(values_of(pname)));
    if (g_count < 64) {
        Kept& k = g_kept[g_count++];
        k.name = pname;
        k.is_cap = false;
        std::memcpy(k.values, got, sizeof k.values);
    }
}

extern "C" GLboolean wa_gl_cached_is_enabled(GLenum cap) {
    if (const Kept* k = find(cap, true)) return static_cast<GLboolean>(k->values[0]);
    const GLboolean on = glIsEnabled(cap);
    if (g_count < 64) {
        Kept& k = g_kept[g_count++];
        k.name = cap;
        k.is_cap = true;
        k.values[0] = on;
    }
    return on;
}
