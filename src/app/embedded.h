// Files compiled into the wasm by cmake/embed_files.cmake: the UI font and the
// shipped checklists (the offline single file cannot fetch them from disk).
#pragma once
#include <cstddef>
#include <cstring>

namespace wa {

struct EmbeddedFile {
    const char* name;  // "font.ttf", "checklists/welcome-behaviors.json", ...
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
