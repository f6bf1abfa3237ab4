#include "diff/git.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <vector>

#include <fmt/format.h>

#include "load/libgit2.h"

namespace reltheme {
namespace fs = std::filesystem;
namespace {

/// Checks one loose object file before libgit2 reads it: it must inflate to
/// its end (libgit2 1.5 loops forever on a truncated one), start with a
/// "TYPE SIZE" header, and hold exactly SIZE bytes after it (libgit2 1.5
/// writes past its buffer when the content is longer than the header says).
/// Streamed, so memory stays flat whatever the object's size.
bool loose_file_intact(const fs::path& file, const std::string& hex, std::string& error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return true;  // packed, or absent: libgit2 says which
    z_stream z{};
    if (inflateInit(&z) != Z_OK) {
        error = "zlib cannot start";
        return false;
    }
    const auto damaged = [&](const std::string& why) {
        inflateEnd(&z);
        error = fmt::format("object {} is damaged ({})", hex, why);
        return false;
    };
    constexpr std::size_t k_max_header = 32;  // "commit 18446744073709551615" and its NUL
    std::vector<unsigned char> input(64 * 1024);
    std::vector<unsigned char> output(64 * 1024);
    std::string header;
    bool header_done = false;
    std::uint64_t declared = 0;
    std::uint64_t content = 0;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (z.avail_in == 0) {
            in.read(reinterpret_cast<char*>(input.data()),
                    static_cast<std::streamsize>(input.size()));
            z.next_in = input.data();
            z.avail_in = static_cast<uInt>(in.gcount());
            if (z.avail_in == 0) break;  // the file ends before the stream does
        }
        z.next_out = output.data();
        const std::size_t room = output.size();
        z.avail_out = static_cast<uInt>(room);
        status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) break;
        const std::size_t produced = room - z.avail_out;
        std::size_t i = 0;
        for (; !header_done && i < produced; ++i) {
            if (output[i] != 0) {
                header.push_back(static_cast<char>(output[i]));
                if (header.size() > k_max_header) return damaged("its header is not \"TYPE SIZE\"");
                continue;
            }
            header_done = true;
            const std::size_t space = header.find(' ');
            const std::string type = header.substr(0, space);
            const bool known =
                type == "blob" || type == "tree" || type == "commit" || type == "tag";
            const std::string digits = space == std::string::npos ? "" : header.substr(space + 1);
            const bool number = !digits.empty() && digits.size() <= 19 &&
                                std::all_of(digits.begin(), digits.end(),
                                            [](char c) { return c >= '0' && c <= '9'; });
            if (!known || !number) return damaged("its header is not \"TYPE SIZE\"");
            declared = std::stoull(digits);
        }
        content += produced - i;
    }
    if (status != Z_STREAM_END) return damaged("a loose object cut short or not compressed");
    if (!header_done) return damaged("its header is not \"TYPE SIZE\"");
    if (content != declared)
        return damaged(
            fmt::format("its content is {} bytes, its header says {}", content, declared));
    inflateEnd(&z);
    return true;
}

/// Checks every loose object before a revision is resolved: libgit2 reads
/// the commits a revision walks through (`HEAD~3` reads four) before this
/// code sees any of their ids, and an object's header may name any type, so
/// no loose object can be left out. A fresh clone holds packs only.
bool loose_objects_intact(const fs::path& objects, std::string& error) {
    std::error_code ec;
    const auto is_hex = [](const std::string& s) {
        return std::all_of(s.begin(), s.end(),
                           [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    };
    for (fs::directory_iterator dir(objects, ec), end; !ec && dir != end; dir.increment(ec)) {
        const std::string prefix = dir->path().filename().string();
        if (prefix.size() != 2 || !is_hex(prefix) || !dir->is_directory(ec)) continue;
        for (fs::directory_iterator file(dir->path(), ec), last; !ec && file != last;
             file.increment(ec)) {
            const std::string rest = file->path().filename().string();
            if (rest.size() != 38 || !is_hex(rest)) continue;
            if (!loose_file_intact(file->path(), prefix + rest, error)) return false;
        }
    }
    return true;
}

}  // namespace

GitRepository::GitRepository(git_repository* repo) : m_repo(repo) {
    if (const char* dir = git2().git_repository_workdir(repo)) {
        std::error_code ec;
        m_workdir = fs::weakly_canonical(fs::path(dir), ec);
        if (ec) m_workdir = fs::path(dir);
        // libgit2 ends the folder with '/'; keep the path comparable.
        if (m_workdir.filename().empty()) m_workdir = m_workdir.parent_path();
    }
}

GitRepository::~GitRepository() {
    git2().git_repository_free(m_repo);
}

std::unique_ptr<GitRepository> GitRepository::open(const fs::path& start, std::string& error) {
    const Git2& git = git2();
    if (!git.error.empty()) {
        error = git.error;
        return nullptr;
    }
    git_repository* repo = nullptr;
    if (git.git_repository_open_ext(&repo, start.c_str(), 0, nullptr) != 0) {
        error = git2_last_error("not a git repository");
        return nullptr;
    }
    return std::unique_ptr<GitRepository>(new GitRepository(repo));
}

std::unique_ptr<GitTree> GitRepository::tree(const std::string& revision, std::string& error,
                                             bool* unreadable) const {
    const Git2& git = git2();
    const fs::path objects = fs::path(git.git_repository_path(m_repo)) / "objects";
    if (std::string damaged; !m_loose_checked && !loose_objects_intact(objects, damaged)) {
        error = "a loose object cannot be read: " + damaged;
        if (unreadable) *unreadable = true;
        return nullptr;
    }
    m_loose_checked = true;
    git_object* object = nullptr;
    if (git.git_revparse_single(&object, m_repo, revision.c_str()) != 0) {
        error = git2_last_error("unknown revision");
        return nullptr;
    }
    std::string short_id;
    git_object* commit = nullptr;
    if (git.git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0) {
        git_buf buf = GIT_BUF_INIT;
        if (git.git_object_short_id(&buf, commit) == 0) short_id.assign(buf.ptr, buf.size);
        git.git_buf_dispose(&buf);
        git.git_object_free(commit);
    }
    // Every loose object was checked above (loose_objects_intact), so the
    // trees and blobs below are read as they are.
    git_object* tree = nullptr;
    int peeled = 0;
    git_object* as_commit = nullptr;
    if (git.git_object_peel(&as_commit, object, GIT_OBJECT_COMMIT) == 0) {
        const git_oid tree_id =
            *git.git_commit_tree_id(reinterpret_cast<const git_commit*>(as_commit));
        git.git_object_free(as_commit);
        git_tree* root = nullptr;
        peeled = git.git_tree_lookup(&root, m_repo, &tree_id);
        tree = reinterpret_cast<git_object*>(root);
    } else {
        peeled = git.git_object_peel(&tree, object, GIT_OBJECT_TREE);
    }
    git.git_object_free(object);
    if (peeled != 0) {
        error = git2_last_error("the revision names no tree");
        return nullptr;
    }
    auto result = std::unique_ptr<GitTree>(
        new GitTree(m_repo, reinterpret_cast<git_tree*>(tree), revision, std::move(short_id)));
    if (!result->walk(error)) {
        if (unreadable) *unreadable = true;
        return nullptr;
    }
    return result;
}

GitTree::GitTree(git_repository* repo, git_tree* tree, std::string revision, std::string short_id)
    : m_repo(repo),
      m_tree(tree),
      m_revision(std::move(revision)),
      m_short_id(std::move(short_id)) {}

bool GitTree::walk(std::string& error) {
    const Git2& git = git2();
    // Folders by hand rather than git_tree_walk, so that the entries are
    // counted (and the walk stops at k_max_tree_entries).
    struct Folder {
        git_tree* tree;
        std::string prefix;
        bool owned;
    };
    std::vector<Folder> stack{{m_tree, "", false}};
    std::size_t entries = 0;
    bool ok = true;
    while (!stack.empty() && ok) {
        const Folder folder = stack.back();
        stack.pop_back();
        const std::size_t count = git.git_tree_entrycount(folder.tree);
        for (std::size_t i = 0; i < count && ok; ++i) {
            if (++entries > k_max_tree_entries) {
                error = fmt::format("its tree holds more than {} entries", k_max_tree_entries);
                ok = false;
                break;
            }
            const git_tree_entry* entry = git.git_tree_entry_byindex(folder.tree, i);
            const git_filemode_t mode = git.git_tree_entry_filemode(entry);
            const std::string path = folder.prefix + git.git_tree_entry_name(entry);
            if (mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE) {
                m_files.push_back(path);
            } else if (mode == GIT_FILEMODE_TREE) {
                const git_oid id = *git.git_tree_entry_id(entry);
                git_tree* sub = nullptr;
                if (git.git_tree_lookup(&sub, m_repo, &id) != 0) {
                    error = "a tree object cannot be read: " + git2_last_error("unknown error");
                    ok = false;
                } else {
                    stack.push_back({sub, path + "/", true});
                }
            }
        }
        if (folder.owned) git.git_tree_free(folder.tree);
    }
    for (const Folder& f : stack) {
        if (f.owned) git.git_tree_free(f.tree);
    }
    if (!ok) return false;
    std::sort(m_files.begin(), m_files.end());
    return true;
}

GitTree::~GitTree() {
    git2().git_tree_free(m_tree);
}

bool GitTree::has_file(const std::string& path) const {
    return std::binary_search(m_files.begin(), m_files.end(), path);
}

std::optional<GitTree::Blob> GitTree::read(const std::string& path, std::size_t max_bytes,
                                           std::string& error) const {
    error.clear();
    if (!has_file(path)) return std::nullopt;
    const Git2& git = git2();
    const auto unreadable = [&](const std::string& why) -> std::optional<Blob> {
        error = fmt::format("{} in {}: {}", path, m_revision, why);
        return std::nullopt;
    };
    git_tree_entry* entry = nullptr;
    if (git.git_tree_entry_bypath(&entry, m_tree, path.c_str()) != 0)
        return unreadable(git2_last_error("not in the tree"));
    const git_oid id = *git.git_tree_entry_id(entry);
    git.git_tree_entry_free(entry);
    // The size from the object's header first: a 600 MB blob in a 3 MB
    // .git is never inflated to learn that it is over the limit.
    git_odb* odb = nullptr;
    if (git.git_repository_odb(&odb, m_repo) != 0)
        return unreadable(git2_last_error("no object database"));
    std::size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    const int header = git.git_odb_read_header(&size, &type, odb, &id);
    git.git_odb_free(odb);
    const std::string object = git.git_oid_tostr_s(&id);
    if (header != 0) {
        return unreadable(fmt::format(
            "its object {} cannot be read ({}); a partial clone (git clone --filter=blob:none) "
            "does not hold every object: clone or fetch without --filter",
            object, git2_last_error("not found")));
    }
    if (type != GIT_OBJECT_BLOB) return unreadable(fmt::format("object {} is not a blob", object));
    Blob out;
    out.size = size;
    if (size > max_bytes) return out;
    git_blob* blob = nullptr;
    if (git.git_blob_lookup(&blob, m_repo, &id) != 0)
        return unreadable(
            fmt::format("its object {} cannot be read ({})", object, git2_last_error("damaged")));
    const auto actual = static_cast<std::size_t>(git.git_blob_rawsize(blob));
    if (actual == size)
        out.content.emplace(static_cast<const char*>(git.git_blob_rawcontent(blob)), size);
    git.git_blob_free(blob);
    if (!out.content)
        return unreadable(
            fmt::format("its object {} is damaged (its size differs from its header)", object));
    return out;
}

std::optional<std::string> path_in_tree(const fs::path& resolved, const fs::path& workdir) {
    if (resolved.empty()) return std::nullopt;
    const std::string s = resolved.lexically_relative(workdir).generic_string();
    if (s.empty() || s == ".") return std::string();
    if (s == ".." || s.starts_with("../")) return std::nullopt;
    return s;
}

}  // namespace reltheme
