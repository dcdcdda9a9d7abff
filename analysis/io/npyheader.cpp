#include "io/npyheader.h"

#include "errors/formaterror.h"
#include "io/byteorder.h"

#include <cctype>
#include <cstring>
#include <limits>

namespace core {

namespace {

constexpr const char *kReader = "npy";
constexpr std::uint64_t kMaxHeaderLength = 1u << 20; // numpy itself refuses headers over ~10 kB

// Minimal reader for the Python dict literal numpy writes: {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
class DictParser
{
public:
    DictParser(const std::string &path, const std::string &text, std::uint64_t base)
        : m_path(path), m_text(text), m_base(base)
    {}

    void parse(NpyHeader &header)
    {
        bool sawDescr = false, sawOrder = false, sawShape = false;
        expect('{');
        while (true) {
            skipSpace();
            if (peek() == '}')
                break;
            const std::string key = parseString();
            expect(':');
            skipSpace();
            if (key == "descr") {
                if (peek() == '[')
                    fail("structured dtypes (record arrays) are not supported");
                parseDescr(parseString(), header);
                sawDescr = true;
            } else if (key == "fortran_order") {
                header.fortranOrder = parseBool();
                sawOrder = true;
            } else if (key == "shape") {
                header.shape = parseShape();
                sawShape = true;
            } else {
                fail("unexpected key '" + key + "' in header");
            }
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}')
                break;
            fail("expected ',' or '}' in header");
        }
        if (!sawDescr || !sawOrder || !sawShape)
            fail("header lacks one of 'descr', 'fortran_order', 'shape'");
    }

private:
    [[noreturn]] void fail(const std::string &problem) const { throw FormatError(m_path, kReader, problem, m_base + m_pos); }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }
    void expect(char c)
    {
        skipSpace();
        if (peek() != c)
            fail(std::string("expected '") + c + "' in header");
        ++m_pos;
    }
    std::string parseString()
    {
        skipSpace();
        const char quote = peek();
        if (quote != '\'' && quote != '"')
            fail("expected a quoted string in header");
        const std::size_t end = m_text.find(quote, m_pos + 1);
        if (end == std::string::npos)
            fail("unterminated string in header");
        std::string value = m_text.substr(m_pos + 1, end - m_pos - 1);
        m_pos = end + 1;
        return value;
    }
    bool parseBool()
    {
        if (m_text.compare(m_pos, 4, "True") == 0) {
            m_pos += 4;
            return true;
        }
        if (m_text.compare(m_pos, 5, "False") == 0) {
            m_pos += 5;
            return false;
        }
        fail("fortran_order must be True or False");
    }
    std::vector<std::int64_t> parseShape()
    {
        expect('(');
        std::vector<std::int64_t> shape;
        while (true) {
            skipSpace();
            if (peek() == ')') {
                ++m_pos;
                return shape;
            }
            if (peek() == '-')
                fail("negative dimension in shape");
            if (!std::isdigit(static_cast<unsigned char>(peek())))
                fail("shape must be a tuple of non-negative integers");
            std::uint64_t value = 0;
            while (std::isdigit(static_cast<unsigned char>(peek()))) {
                const auto digit = static_cast<std::uint64_t>(peek() - '0');
                if (value > (static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) - digit) / 10)
                    fail("dimension does not fit in 64 bits");
                value = value * 10 + digit;
                ++m_pos;
            }
            shape.push_back(static_cast<std::int64_t>(value));
            if (shape.size() > 64)
                fail("more than 64 dimensions");
            skipSpace();
            if (peek() == ',')
                ++m_pos;
            else if (peek() != ')')
                fail("expected ',' or ')' in shape");
        }
    }
    void parseDescr(const std::string &descr, NpyHeader &header)
    {
        if (descr.size() < 2)
            fail("dtype '" + descr + "' is not understood");
        const char order = descr[0];
        const char kind = descr[1];
        const std::string sizeText = descr.substr(2);
        if (kind == 'O')
            fail("object arrays hold pickled Python objects; InfoScope refuses them because unpickling can run code");
        if (order != '<' && order != '>' && order != '|' && order != '=')
            fail("dtype '" + descr + "' has an unknown byte-order mark");
        if (sizeText.empty() || sizeText.size() > 2 || !std::isdigit(static_cast<unsigned char>(sizeText[0]))
            || !std::isdigit(static_cast<unsigned char>(sizeText.back())))
            fail("dtype '" + descr + "' is not a numeric dtype");
        const int size = std::stoi(sizeText);
        std::string name;
        switch (kind) {
        case 'b': name = size == 1 ? "bool" : ""; break;
        case 'i': name = "int" + std::to_string(size * 8); break;
        case 'u': name = "uint" + std::to_string(size * 8); break;
        case 'f': name = "float" + std::to_string(size * 8); break;
        case 'c': name = "complex" + std::to_string(size * 8); break;
        default: fail("dtype '" + descr + "' is not numeric (strings, dates and voids are not supported)");
        }
        if (name.empty() || !dtypeFromName(name, &header.dtype))
            fail("dtype '" + descr + "' is not supported");
        header.bigEndian = order == '>' && size > 1;
    }

    const std::string &m_path;
    const std::string &m_text;
    std::uint64_t m_base;
    std::size_t m_pos = 0;
};

} // namespace

NpyHeader parseNpyHeader(const std::string &path, const std::byte *bytes, std::size_t size)
{
    static const unsigned char magic[] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
    if (size < 10 || std::memcmp(bytes, magic, sizeof(magic)) != 0)
        throw FormatError(path, kReader, "not a NumPy .npy file (wrong magic)", 0);
    const int major = std::to_integer<int>(bytes[6]);
    const int minor = std::to_integer<int>(bytes[7]);
    if (major < 1 || major > 3 || minor != 0)
        throw FormatError(path, kReader,
                          "unsupported .npy format version " + std::to_string(major) + "." + std::to_string(minor), 6);
    const int lengthBytes = major == 1 ? 2 : 4;
    if (size < static_cast<std::size_t>(8 + lengthBytes))
        throw FormatError(path, kReader, "file ends inside the header", size);
    const std::uint64_t headerLength = littleEndian(bytes + 8, lengthBytes);
    const std::uint64_t headerStart = 8 + static_cast<std::uint64_t>(lengthBytes);
    if (headerLength > kMaxHeaderLength)
        throw FormatError(path, kReader, "header length " + std::to_string(headerLength) + " is absurd", 8);
    if (headerStart + headerLength > size)
        throw FormatError(path, kReader, "file ends inside the header", size);

    const std::string text(reinterpret_cast<const char *>(bytes + headerStart), static_cast<std::size_t>(headerLength));
    NpyHeader header;
    DictParser(path, text, headerStart).parse(header);
    header.dataOffset = headerStart + headerLength;
    return header;
}

ArrayLayout npyLayout(const NpyHeader &header, const std::string &compression)
{
    return {byteOrderName(header.bigEndian, header.dtype), header.fortranOrder ? "F" : "C", compression, {}};
}

} // namespace core
