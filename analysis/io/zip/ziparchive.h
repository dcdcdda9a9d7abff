#pragma once

#include "data/storage.h"
#include "io/zip/zipmember.h"

#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace core {

class CancelToken;

/// A read-only zip archive over bytes already in memory (normally a memory-mapped file): the index
/// of .npz and torch.save files. Our own parser rather than libzip because memory-mapping a stored
/// member needs its data offset, which libzip does not expose. Validates the end-of-central-directory
/// record (zip64 too), every central entry and every local header against the file size before
/// anything is read; throws FormatError naming the file, the member and the offset.
class ZipArchive
{
public:
    ZipArchive(std::string path, std::shared_ptr<const Storage> bytes);
    /// Memory-maps `path`.
    static ZipArchive open(const std::string &path);

    const std::string &path() const { return m_path; }
    const std::vector<ZipMember> &members() const { return m_members; }
    /// nullptr if absent.
    const ZipMember *find(const std::string &name) const;

    /// The member's uncompressed bytes: a zero-copy slice for stored members, inflated memory for
    /// deflated ones; both CRC-checked (a stored member once per archive, however often it is read).
    /// Throws FormatError (corrupt stream, CRC mismatch, unsupported method, encryption).
    std::shared_ptr<Storage> read(const ZipMember &member) const;
    /// Checks every member's CRC-32 (stored members over their mapped bytes, deflated ones inflated
    /// through a small buffer, never whole), as `inspect` does for a file it only lists. Returns the
    /// number checked; members no reader can unpack (encrypted, other methods) are counted in
    /// `unreadable` instead. Throws FormatError for the first bad one, CancelledError if cancelled.
    std::size_t verifyAll(const CancelToken &cancel, std::size_t *unreadable = nullptr) const;
    /// Up to `maxBytes` leading uncompressed bytes (inflates only what is needed): for headers.
    std::string readPrefix(const ZipMember &member, std::size_t maxBytes) const;

private:
    void parse();
    [[noreturn]] void fail(const std::string &problem, std::uint64_t offset) const;
    /// Fails for members this reader cannot unpack (encrypted, or neither stored nor deflated).
    void checkReadable(const ZipMember &member) const;
    /// Fails for a deflated member that claims more than deflate can expand to (a zip bomb).
    void checkDeflateRatio(const ZipMember &member) const;
    /// Checks a stored member's CRC once per archive (copies share the record).
    void verifyStored(const ZipMember &member) const;

    std::string m_path;
    std::shared_ptr<const Storage> m_bytes;
    std::vector<ZipMember> m_members;
    /// Stored members whose CRC was checked; shared by copies of the archive (torch views share storages).
    struct Verified;
    std::shared_ptr<Verified> m_verified;
};

} // namespace core
