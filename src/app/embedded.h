// Files compiled into the wasm by cmake/embed_files.cmake: the UI font and the
// shipped checklists' catalog; in the offline single file also the checklists
// themselves, which it cannot fetch from disk (src/app/CMakeLists.txt).
#pragma once
#include <cstddef>
#include <cstring>

namespace wa {

struct EmbeddedFile {
    const char* name;  // "font.ttf", "catalog.json", "checklists/welcome-behaviors.json", ...
    const unsigned char* data;
    std::size_t size;
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const int kEmbeddedFileCount;

inline const EmbeddedFile* find_embedded(const char* name) {
    for (int i = 0; i < kEmbeddedFileCount; ++i)
        if (std::strcmp(kEmbeddedFiles[i].name, name) == 0) return &kEmbeddedFiles[i];
    return nullptr;
}

}  // namespace wa
