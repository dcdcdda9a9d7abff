#include "io/zip/ziparchive.h"

#include "data/mappedfile.h"
#include "data/ownedstorage.h"
#include "data/storageslice.h"
#include "errors/formaterror.h"
#include "io/byteorder.h"
#include "io/zip/crc32.h"
#include "task/canceltoken.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace core {

namespace {

constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint32_t kZip64Locator = 0x07064b50;
constexpr std::uint32_t kZip64EndOfCentralDirectory = 0x06064b50;
constexpr std::uint32_t kCentralEntry = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::size_t kMaxMembers = 10'000'000;

/// Little-endian reads with the bounds already checked by the caller.
std::uint16_t u16(const std::byte *p)
{
    return static_cast<std::uint16_t>(littleEndian(p, 2));
}

std::uint32_t u32(const std::byte *p)
{
    return static_cast<std::uint32_t>(littleEndian(p, 4));
}

std::uint64_t u64(const std::byte *p)
{
    return littleEndian(p, 8);
}

} // namespace

struct ZipArchive::Verified
{
    std::mutex mutex;
    std::set<std::uint64_t> members; // by local header offset
};

ZipArchive::ZipArchive(std::string path, std::shared_ptr<const Storage> bytes)
    : m_path(std::move(path))
    , m_bytes(std::move(bytes))
    , m_verified(std::make_shared<Verified>())
{
    parse();
}

ZipArchive ZipArchive::open(const std::string &path)
{
    return ZipArchive(path, std::make_shared<MappedFile>(path));
}

const ZipMember *ZipArchive::find(const std::string &name) const
{
    const auto it = std::find_if(m_members.begin(), m_members.end(), [&](const ZipMember &m) { return m.name == name; });
    return it == m_members.end() ? nullptr : &*it;
}

void ZipArchive::fail(const std::string &problem, std::uint64_t offset) const
{
    throw FormatError(m_path, "zip", problem, offset);
}

void ZipArchive::parse()
{
    const std::byte *data = m_bytes->data();
    const std::uint64_t size = m_bytes->size();
    if (size < 22)
        fail("too short for a zip archive (" + std::to_string(size) + " bytes)", 0);

    // The end record sits in the last 22 + 65535 bytes (it may be followed by a comment).
    std::uint64_t end = size - 22;
    const std::uint64_t lowest = size > 22 + 65535 ? size - 22 - 65535 : 0;
    while (true) {
        if (u32(data + end) == kEndOfCentralDirectory && end + 22 + u16(data + end + 20) == size)
            break;
        if (end == lowest)
            fail("no end-of-central-directory record (truncated or not a zip archive)", size);
        --end;
    }
    if (u16(data + end + 4) != 0 || u16(data + end + 6) != 0)
        fail("multi-disk archives are not supported", end);
    std::uint64_t count = u16(data + end + 10);
    std::uint64_t directorySize = u32(data + end + 12);
    std::uint64_t directoryOffset = u32(data + end + 16);
    std::uint64_t directoryLimit = end;

    if (count == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff) {
        if (end < 20 || u32(data + end - 20) != kZip64Locator)
            fail("zip64 fields without a zip64 locator", end);
        const std::uint64_t record = u64(data + end - 20 + 8);
        if (record > end - 20 || end - 20 - record < 56 || u32(data + record) != kZip64EndOfCentralDirectory)
            fail("zip64 end record missing or out of range", record);
        count = u64(data + record + 32);
        directorySize = u64(data + record + 40);
        directoryOffset = u64(data + record + 48);
        directoryLimit = record;
    }
    if (directoryOffset > directoryLimit || directorySize > directoryLimit - directoryOffset)
        fail("central directory (offset " + std::to_string(directoryOffset) + ", " + std::to_string(directorySize)
                 + " bytes) lies outside the file",
             end);
    if (count > kMaxMembers || count > directorySize / 46)
        fail("central directory claims " + std::to_string(count) + " members, more than fit in it", end);

    m_members.reserve(static_cast<std::size_t>(count));
    std::uint64_t at = directoryOffset;
    const std::uint64_t directoryEnd = directoryOffset + directorySize;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (directoryEnd - at < 46 || u32(data + at) != kCentralEntry)
            fail("central directory entry " + std::to_string(i) + " is malformed", at);
        ZipMember member;
        const std::uint16_t flags = u16(data + at + 8);
        member.encrypted = (flags & 1) != 0;
        member.method = u16(data + at + 10);
        member.crc32 = u32(data + at + 16);
        member.compressedSize = u32(data + at + 20);
        member.size = u32(data + at + 24);
        const std::uint16_t nameLength = u16(data + at + 28);
        const std::uint16_t extraLength = u16(data + at + 30);
        const std::uint16_t commentLength = u16(data + at + 32);
        member.localHeaderOffset = u32(data + at + 42);
        const std::uint64_t entryLength = 46ull + nameLength + extraLength + commentLength;
        if (directoryEnd - at < entryLength)
            fail("central directory entry " + std::to_string(i) + " runs past the directory", at);
        member.name.assign(reinterpret_cast<const char *>(data + at + 46), nameLength);

        // Zip64 extra field: the 64-bit values for whichever 32-bit fields are saturated, in order.
        const std::byte *extra = data + at + 46 + nameLength;
        for (std::uint32_t e = 0; e + 4 <= extraLength;) {
            const std::uint16_t id = u16(extra + e);
            const std::uint16_t length = u16(extra + e + 2);
            if (e + 4ull + length > extraLength)
                fail("extra field of '" + member.name + "' runs past its entry", at);
            if (id == 0x0001) {
                std::uint32_t field = e + 4;
                auto take = [&](std::uint64_t &value) {
                    if (value != 0xffffffff)
                        return;
                    if (field + 8 > e + 4u + length)
                        fail("zip64 extra field of '" + member.name + "' is too short", at);
                    value = u64(extra + field);
                    field += 8;
                };
                take(member.size);
                take(member.compressedSize);
                take(member.localHeaderOffset);
            }
            e += 4u + length;
        }

        const std::uint64_t local = member.localHeaderOffset;
        if (local > size || size - local < 30 || u32(data + local) != kLocalHeader)
            fail("local header of '" + member.name + "' is missing or out of range", local);
        member.dataOffset = local + 30 + u16(data + local + 26) + u16(data + local + 28);
        if (member.dataOffset > size || member.compressedSize > size - member.dataOffset)
            fail("data of '" + member.name + "' (" + std::to_string(member.compressedSize)
                     + " bytes) runs past the end of the file (truncated?)",
                 member.dataOffset);
        if (member.method == 0 && member.compressedSize != member.size)
            fail("stored member '" + member.name + "' has different stored and uncompressed sizes", at);
        m_members.push_back(std::move(member));
        at += entryLength;
    }
}

namespace {

/// Inflates raw deflate data into `out`. A full read must produce exactly `outSize` bytes and reach
/// the end of the stream; a prefix read stops after `outSize` bytes. Returns the bytes produced, or
/// -1 for a corrupt, truncated or over-long stream.
std::int64_t inflateRaw(const std::byte *in, std::uint64_t inSize, std::byte *out, std::uint64_t outSize, bool prefixOnly)
{
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return -1;
    constexpr std::uint64_t kChunk = std::numeric_limits<uInt>::max();
    std::uint64_t consumed = 0;
    std::uint64_t produced = 0;
    unsigned char overflow = 0;
    bool ok = false;
    while (true) {
        if (stream.avail_in == 0 && consumed < inSize) {
            const std::uint64_t chunk = std::min(inSize - consumed, kChunk);
            stream.next_in = reinterpret_cast<Bytef *>(const_cast<std::byte *>(in + consumed));
            stream.avail_in = static_cast<uInt>(chunk);
            consumed += chunk;
        }
        const bool full = produced == outSize;
        if (full && prefixOnly) {
            ok = true;
            break;
        }
        // Once `out` is full, inflate into one spare byte: any output there means the stream is too long.
        const uInt space = full ? 1u : static_cast<uInt>(std::min(outSize - produced, kChunk));
        stream.next_out = full ? &overflow : reinterpret_cast<Bytef *>(out + produced);
        stream.avail_out = space;
        const uInt inputBefore = stream.avail_in;
        const int status = inflate(&stream, Z_NO_FLUSH);
        const uInt made = space - stream.avail_out;
        if (full && made > 0)
            break;
        produced += made;
        if (status == Z_STREAM_END) {
            ok = prefixOnly || produced == outSize;
            break;
        }
        if (status != Z_OK && status != Z_BUF_ERROR)
            break;
        if (made == 0 && inputBefore == stream.avail_in && (stream.avail_in == 0 && consumed == inSize))
            break; // no progress and no input left: truncated stream
        if (made == 0 && inputBefore == stream.avail_in)
            break; // no progress at all: corrupt stream
    }
    inflateEnd(&stream);
    if (prefixOnly && produced > 0 && !ok)
        return -1;
    return ok ? static_cast<std::int64_t>(produced) : -1;
}

/// Inflates a raw deflate stream through a small buffer, for its CRC only: the member's size is
/// never allocated. Returns false for a corrupt stream or one that does not give exactly `size` bytes.
bool inflatedCrc(const std::byte *in, std::uint64_t inSize, std::uint64_t size, std::uint32_t &crc)
{
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    std::vector<std::byte> buffer(std::size_t(1) << 20);
    constexpr std::uint64_t kChunk = std::numeric_limits<uInt>::max();
    std::uint64_t consumed = 0;
    std::uint64_t produced = 0;
    crc = 0;
    int status = Z_OK;
    while (status != Z_STREAM_END && produced <= size) {
        if (stream.avail_in == 0 && consumed < inSize) {
            const std::uint64_t chunk = std::min(inSize - consumed, kChunk);
            stream.next_in = reinterpret_cast<Bytef *>(const_cast<std::byte *>(in + consumed));
            stream.avail_in = static_cast<uInt>(chunk);
            consumed += chunk;
        }
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = static_cast<uInt>(buffer.size());
        const uInt inputBefore = stream.avail_in;
        status = inflate(&stream, Z_NO_FLUSH);
        const std::size_t made = buffer.size() - stream.avail_out;
        crc = core::crc32(crc, buffer.data(), made);
        produced += made;
        if ((status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            || (made == 0 && inputBefore == stream.avail_in && status != Z_STREAM_END))
            break; // corrupt, or truncated: no progress
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END && produced == size;
}

} // namespace

void ZipArchive::verifyStored(const ZipMember &member) const
{
    if (m_verified) {
        std::lock_guard<std::mutex> lock(m_verified->mutex);
        if (m_verified->members.count(member.localHeaderOffset) > 0)
            return;
    }
    if (crc32Parallel(m_bytes->data() + member.dataOffset, member.size) != member.crc32)
        fail("CRC mismatch in stored member '" + member.name + "' (corrupt or altered data)", member.dataOffset);
    if (m_verified) {
        std::lock_guard<std::mutex> lock(m_verified->mutex);
        m_verified->members.insert(member.localHeaderOffset);
    }
}

void ZipArchive::checkDeflateRatio(const ZipMember &member) const
{
    // Refuse absurd promises before allocating: deflate cannot expand beyond ~1032:1.
    if (member.size / 1032 > member.compressedSize + 1)
        fail("member '" + member.name + "' claims " + std::to_string(member.size) + " bytes from "
                 + std::to_string(member.compressedSize) + " compressed bytes",
             member.localHeaderOffset);
}

std::size_t ZipArchive::verifyAll(const CancelToken &cancel, std::size_t *unreadable) const
{
    std::size_t checked = 0;
    for (const ZipMember &member : m_members) {
        cancel.throwIfCancelled();
        if (member.encrypted || (member.method != 0 && member.method != 8)) {
            if (unreadable)
                ++*unreadable; // read() refuses them if a reader ever asks
            continue;
        }
        ++checked;
        if (member.method == 0) {
            verifyStored(member);
            continue;
        }
        checkDeflateRatio(member);
        std::uint32_t crc = 0;
        if (!inflatedCrc(m_bytes->data() + member.dataOffset, member.compressedSize, member.size, crc))
            fail("deflate stream of member '" + member.name + "' is corrupt or has the wrong length", member.dataOffset);
        if (crc != member.crc32)
            fail("CRC mismatch in member '" + member.name + "' (corrupt data)", member.dataOffset);
    }
    return checked;
}

void ZipArchive::checkReadable(const ZipMember &member) const
{
    if (member.encrypted)
        fail("member '" + member.name + "' is encrypted", member.localHeaderOffset);
    if (member.method != 0 && member.method != 8)
        fail("member '" + member.name + "' uses compression method " + std::to_string(member.method)
                 + " (only stored and deflate are supported)",
             member.localHeaderOffset);
}

std::shared_ptr<Storage> ZipArchive::read(const ZipMember &member) const
{
    checkReadable(member);
    if (member.method == 0) { // a stored member is mapped, not copied: its bytes are what the caller reads
        verifyStored(member);
        return std::make_shared<StorageSlice>(m_bytes, static_cast<std::size_t>(member.dataOffset),
                                              static_cast<std::size_t>(member.size));
    }
    checkDeflateRatio(member);
    auto out = std::make_shared<OwnedStorage>(static_cast<std::size_t>(member.size));
    const std::int64_t produced = inflateRaw(m_bytes->data() + member.dataOffset, member.compressedSize,
                                             out->mutableData(), member.size, false);
    if (produced != static_cast<std::int64_t>(member.size))
        fail("deflate stream of member '" + member.name + "' is corrupt or has the wrong length", member.dataOffset);
    if (crc32Parallel(out->data(), member.size) != member.crc32)
        fail("CRC mismatch in member '" + member.name + "' (corrupt data)", member.dataOffset);
    return out;
}

std::string ZipArchive::readPrefix(const ZipMember &member, std::size_t maxBytes) const
{
    const std::size_t wanted = static_cast<std::size_t>(std::min<std::uint64_t>(maxBytes, member.size));
    checkReadable(member);
    if (member.method == 0)
        return std::string(reinterpret_cast<const char *>(m_bytes->data() + member.dataOffset), wanted);
    std::string out(wanted, '\0');
    const std::int64_t produced = inflateRaw(m_bytes->data() + member.dataOffset, member.compressedSize,
                                             reinterpret_cast<std::byte *>(out.data()), wanted, true);
    if (produced < 0)
        fail("deflate stream of member '" + member.name + "' is corrupt", member.dataOffset);
    out.resize(static_cast<std::size_t>(produced));
    return out;
}

} // namespace core
