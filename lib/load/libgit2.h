#pragma once
/// libgit2, opened with dlopen when a command first reads git (util/
/// shared_library.h): the revisions `diff --against/--from/--to` compares
/// (diff/git.h) and which files a folder walk skips (load/git_ignore.h).
/// One table of the functions the project calls, for both.
#include <git2.h>

#include <string>

#include "util/shared_library.h"

namespace reltheme {

// The libgit2 functions the project uses; each is looked up by name when the
// library is opened (the types come from <git2.h>, so a changed signature
// fails to build).
#define RELTHEME_GIT2_FUNCTIONS(X) \
    X(git_libgit2_init)            \
    X(git_error_last)              \
    X(git_repository_open_ext)     \
    X(git_repository_workdir)      \
    X(git_repository_index)        \
    X(git_repository_free)         \
    X(git_revparse_single)         \
    X(git_object_peel)             \
    X(git_object_short_id)         \
    X(git_object_free)             \
    X(git_buf_dispose)             \
    X(git_tree_free)               \
    X(git_tree_entry_filemode)     \
    X(git_tree_entry_name)         \
    X(git_tree_entry_bypath)       \
    X(git_tree_entry_id)           \
    X(git_tree_entry_free)         \
    X(git_blob_lookup)             \
    X(git_blob_rawsize)            \
    X(git_blob_rawcontent)         \
    X(git_blob_free)               \
    X(git_repository_odb)          \
    X(git_odb_read_header)         \
    X(git_odb_free)                \
    X(git_oid_tostr_s)             \
    X(git_repository_path)         \
    X(git_commit_tree_id)          \
    X(git_tree_lookup)             \
    X(git_tree_entrycount)         \
    X(git_tree_entry_byindex)      \
    X(git_ignore_path_is_ignored)  \
    X(git_index_get_bypath)        \
    X(git_index_find_prefix)       \
    X(git_index_free)

/// The table; `error` is non-empty when libgit2 could not be opened.
struct Git2 {
    RELTHEME_GIT2_FUNCTIONS(RELTHEME_DLOPEN_SLOT)
    std::string error;
};

/// libgit2, opened on first use and set up once per process; left loaded
/// until exit.
const Git2& git2();

/// libgit2's message for its last failure, else `fallback`.
std::string git2_last_error(const char* fallback);

}  // namespace reltheme
