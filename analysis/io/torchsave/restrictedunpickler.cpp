#include "io/torchsave/restrictedunpickler.h"

#include "errors/formaterror.h"
#include "io/byteorder.h"

#include <cstring>
#include <map>
#include <unordered_map>

namespace core {

namespace {

constexpr const char *kReader = "torch";
using Kind = PickleValue::Kind;
// A torch.save pickle of a model with 100 000 tensors stays far below both.
constexpr std::size_t kMaxStack = std::size_t(1) << 20;
constexpr std::size_t kMaxMemo = std::size_t(1) << 20;

const std::map<std::string, DType> &storageTypes()
{
    static const std::map<std::string, DType> kTypes{
        {"torch.FloatStorage", DType::Float32},      {"torch.DoubleStorage", DType::Float64},
        {"torch.HalfStorage", DType::Float16},       {"torch.BFloat16Storage", DType::BFloat16},
        {"torch.LongStorage", DType::Int64},         {"torch.IntStorage", DType::Int32},
        {"torch.ShortStorage", DType::Int16},        {"torch.CharStorage", DType::Int8},
        {"torch.ByteStorage", DType::UInt8},         {"torch.BoolStorage", DType::Bool},
        {"torch.ComplexFloatStorage", DType::Complex64}, {"torch.ComplexDoubleStorage", DType::Complex128},
    };
    return kTypes;
}

bool allowedGlobal(const std::string &name)
{
    return name == "collections.OrderedDict" || name == "torch._utils._rebuild_tensor_v2"
        || name == "torch._utils._rebuild_parameter" || storageTypes().count(name) > 0;
}

/// The decoding state; one per load().
class Machine
{
public:
    Machine(const std::string &path, const std::byte *data, std::size_t size, bool scriptObjects)
        : m_path(path), m_data(data), m_size(size), m_scriptObjects(scriptObjects)
    {}

    Machine(const Machine &) = delete;
    Machine &operator=(const Machine &) = delete;

    ~Machine()
    {
        // Tear down iteratively: a hostile stream can nest containers deeply enough that the
        // recursive shared_ptr destructors would overflow the stack.
        std::vector<PickleValue> work = std::move(m_stack);
        for (auto &entry : m_memo)
            work.push_back(std::move(entry.second));
        m_memo.clear();
        while (!work.empty()) {
            PickleValue value = std::move(work.back());
            work.pop_back();
            if (value.items && value.items.use_count() == 1) {
                for (PickleValue &child : *value.items)
                    work.push_back(std::move(child));
                value.items->clear();
            }
        }
    }

    PickleValue run()
    {
        while (true) {
            const std::size_t at = m_pos;
            const unsigned op = byte();
            switch (op) {
            case 0x80: byte(); break;            // PROTO
            case 0x95: take(8); break;           // FRAME: framing only matters for streaming
            case '.':                            // STOP
                if (m_stack.size() != 1)
                    fail("STOP with " + std::to_string(m_stack.size()) + " values on the stack", at);
                checkDepth(m_stack.back(), at);
                return m_stack.back();
            case '(': m_marks.push_back(m_stack.size()); break;
            case '0': pop(at); break;
            case '1': popToMark(at); break;
            case '2': push(top(at)); break;
            case 'N': push(PickleValue{}); break;
            case 0x88: push(boolean(true)); break;
            case 0x89: push(boolean(false)); break;
            case 'J': push(integer(signedLittle(4))); break;
            case 'K': push(integer(static_cast<std::int64_t>(unsignedLittle(1)))); break;
            case 'M': push(integer(static_cast<std::int64_t>(unsignedLittle(2)))); break;
            case 0x8a: push(integer(longValue(unsignedLittle(1), at))); break;
            case 0x8b: push(integer(longValue(unsignedLittle(4), at))); break;
            case 'I': push(textInteger(at)); break;
            case 'G': push(binaryFloat()); break;
            case 'X': push(text(Kind::String, unsignedLittle(4), at)); break;
            case 0x8c: push(text(Kind::String, unsignedLittle(1), at)); break;
            case 0x8d: push(text(Kind::String, unsignedLittle(8), at)); break;
            case 'T': push(text(Kind::String, unsignedLittle(4), at)); break;
            case 'U': push(text(Kind::String, unsignedLittle(1), at)); break;
            case 'B': push(text(Kind::Bytes, unsignedLittle(4), at)); break;
            case 'C': push(text(Kind::Bytes, unsignedLittle(1), at)); break;
            case 0x8e: push(text(Kind::Bytes, unsignedLittle(8), at)); break;
            case ']': push(PickleValue::container(Kind::List)); break;
            case ')': push(PickleValue::container(Kind::Tuple)); break;
            case '}': push(PickleValue::container(Kind::Dict)); break;
            case 'l': push(fromMark(Kind::List, at)); break;
            case 't': push(fromMark(Kind::Tuple, at)); break;
            case 'd': push(fromMark(Kind::Dict, at)); break;
            case 0x85: push(tupleOf(1, at)); break;
            case 0x86: push(tupleOf(2, at)); break;
            case 0x87: push(tupleOf(3, at)); break;
            case 'a': {
                PickleValue item = pop(at);
                appendTo(top(at), {item}, Kind::List, at);
                break;
            }
            case 'e': {
                std::vector<PickleValue> items = popToMark(at);
                appendTo(top(at), std::move(items), Kind::List, at);
                break;
            }
            case 's': {
                PickleValue value = pop(at);
                PickleValue key = pop(at);
                appendTo(top(at), {key, value}, Kind::Dict, at);
                break;
            }
            case 'u': {
                std::vector<PickleValue> items = popToMark(at);
                if (items.size() % 2)
                    fail("SETITEMS with an odd number of values", at);
                appendTo(top(at), std::move(items), Kind::Dict, at);
                break;
            }
            case 'q': remember(static_cast<std::uint32_t>(unsignedLittle(1)), top(at), at); break;
            case 'r': remember(static_cast<std::uint32_t>(unsignedLittle(4)), top(at), at); break;
            case 0x94: remember(static_cast<std::uint32_t>(m_memo.size()), top(at), at); break;
            case 'p': remember(static_cast<std::uint32_t>(lineNumber(at)), top(at), at); break;
            case 'h': push(memo(unsignedLittle(1), at)); break;
            case 'j': push(memo(unsignedLittle(4), at)); break;
            case 'g': push(memo(lineNumber(at), at)); break;
            case 'c': {
                const std::string module = line(at);
                const std::string name = line(at);
                push(global(module + "." + name, at));
                break;
            }
            case 0x93: {
                const PickleValue name = pop(at);
                const PickleValue module = pop(at);
                if (name.kind != Kind::String || module.kind != Kind::String)
                    fail("STACK_GLOBAL needs two strings", at);
                push(global(module.text + "." + name.text, at));
                break;
            }
            case 'Q': push(persistent(pop(at), at)); break;
            case 'R': {
                PickleValue arguments = pop(at);
                PickleValue callable = pop(at);
                push(reduce(callable, arguments, at));
                break;
            }
            case 'b': {
                const PickleValue state = pop(at); // OrderedDict's _metadata, a tensor's extra attributes
                PickleValue &object = top(at);
                if (object.kind != Kind::Dict && object.kind != Kind::Tensor)
                    fail("BUILD on something other than a dict or a tensor", at);
                // A TorchScript object (a dict here) keeps its state: its parameters are in it.
                if (m_scriptObjects && object.kind == Kind::Dict && state.kind == Kind::Dict)
                    object.items->insert(object.items->end(), state.items->begin(), state.items->end());
                break;
            }
            case 0x81: { // NEWOBJ: only a TorchScript class with no arguments, as torch.jit.save writes them
                const PickleValue arguments = pop(at);
                const PickleValue type = pop(at);
                if (!m_scriptObjects || type.kind != Kind::Global || type.text.rfind("__torch__.", 0) != 0
                    || arguments.kind != Kind::Tuple || !arguments.items->empty())
                    fail("NEWOBJ outside a TorchScript module's object", at);
                push(PickleValue::container(Kind::Dict));
                break;
            }
            default: {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02x", op);
                fail(std::string("unsupported pickle opcode ") + hex
                         + " (torch.save files do not use it; the file is corrupt or not a torch.save archive)",
                     at);
            }
            }
        }
    }

private:
    [[noreturn]] void fail(const std::string &problem, std::size_t at) const
    {
        throw FormatError(m_path, kReader, "data.pkl: " + problem, at);
    }

    const std::byte *take(std::uint64_t count)
    {
        if (count > m_size - m_pos)
            fail("pickle stream ends in the middle of an opcode (truncated?)", m_pos);
        const std::byte *p = m_data + m_pos;
        m_pos += static_cast<std::size_t>(count);
        return p;
    }

    unsigned byte() { return std::to_integer<unsigned>(*take(1)); }

    std::uint64_t unsignedLittle(int bytes)
    {
        return littleEndian(take(static_cast<std::uint64_t>(bytes)), bytes);
    }

    std::int64_t signedLittle(int bytes)
    {
        const std::uint64_t value = unsignedLittle(bytes);
        const std::uint64_t sign = std::uint64_t(1) << (8 * bytes - 1);
        return static_cast<std::int64_t>(value & sign ? value - (sign << 1) : value);
    }

    std::int64_t longValue(std::uint64_t length, std::size_t at)
    {
        if (length > 8)
            fail("integer wider than 64 bits", at);
        if (length == 0)
            return 0;
        return signedLittle(static_cast<int>(length));
    }

    std::string line(std::size_t at)
    {
        const std::size_t start = m_pos;
        while (m_pos < m_size && m_data[m_pos] != std::byte('\n'))
            ++m_pos;
        if (m_pos == m_size || m_pos - start > 256)
            fail("unterminated or overlong text argument", at);
        std::string text(reinterpret_cast<const char *>(m_data + start), m_pos - start);
        ++m_pos;
        return text;
    }

    std::uint64_t lineNumber(std::size_t at)
    {
        const std::string text = line(at);
        if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos)
            fail("bad memo index '" + text + "'", at);
        return std::stoull(text);
    }

    PickleValue textInteger(std::size_t at)
    {
        const std::string text = line(at);
        if (text == "00")
            return boolean(false);
        if (text == "01")
            return boolean(true);
        try {
            std::size_t used = 0;
            const long long value = std::stoll(text, &used);
            if (used == text.size())
                return integer(value);
        } catch (const std::exception &) {
        }
        fail("bad INT argument '" + text + "'", at);
    }

    PickleValue binaryFloat()
    {
        const std::uint64_t bits = bigEndian(take(8), 8); // BINFLOAT is big-endian
        PickleValue value;
        value.kind = Kind::Float;
        std::memcpy(&value.real, &bits, 8);
        return value;
    }

    PickleValue text(Kind kind, std::uint64_t length, std::size_t)
    {
        const std::byte *p = take(length); // bounded by the input: no allocation beyond it
        PickleValue value;
        value.kind = kind;
        value.text.assign(reinterpret_cast<const char *>(p), static_cast<std::size_t>(length));
        return value;
    }

    static PickleValue boolean(bool b)
    {
        PickleValue value;
        value.kind = Kind::Bool;
        value.boolean = b;
        return value;
    }

    static PickleValue integer(std::int64_t i)
    {
        PickleValue value;
        value.kind = Kind::Int;
        value.integer = i;
        return value;
    }

    void push(PickleValue value)
    {
        // A torch.save pickle holds a few values per tensor; millions of DUPs are an attack on memory.
        if (m_stack.size() >= kMaxStack)
            fail("more than " + std::to_string(kMaxStack) + " values on the pickle stack", m_pos);
        m_stack.push_back(std::move(value));
    }

    void remember(std::uint32_t key, const PickleValue &value, std::size_t at)
    {
        if (m_memo.size() >= kMaxMemo && !m_memo.count(key))
            fail("more than " + std::to_string(kMaxMemo) + " memo entries", at);
        m_memo[key] = value;
    }

    PickleValue pop(std::size_t at)
    {
        if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
            fail("stack underflow", at);
        PickleValue value = std::move(m_stack.back());
        m_stack.pop_back();
        return value;
    }

    PickleValue &top(std::size_t at)
    {
        if (m_stack.empty())
            fail("stack underflow", at);
        return m_stack.back();
    }

    std::vector<PickleValue> popToMark(std::size_t at)
    {
        if (m_marks.empty())
            fail("no MARK before a mark-terminated opcode", at);
        const std::size_t mark = m_marks.back();
        m_marks.pop_back();
        std::vector<PickleValue> items(std::make_move_iterator(m_stack.begin() + static_cast<std::ptrdiff_t>(mark)),
                                       std::make_move_iterator(m_stack.end()));
        m_stack.resize(mark);
        return items;
    }

    PickleValue fromMark(Kind kind, std::size_t at)
    {
        PickleValue value = PickleValue::container(kind);
        *value.items = popToMark(at);
        if (kind == Kind::Dict && value.items->size() % 2)
            fail("DICT with an odd number of values", at);
        return value;
    }

    PickleValue tupleOf(std::size_t count, std::size_t at)
    {
        PickleValue value = PickleValue::container(Kind::Tuple);
        value.items->resize(count);
        for (std::size_t i = count; i-- > 0;)
            (*value.items)[i] = pop(at);
        return value;
    }

    void appendTo(PickleValue &target, std::vector<PickleValue> items, Kind wanted, std::size_t at)
    {
        if (target.kind != wanted || !target.items)
            fail(wanted == Kind::List ? "APPEND to something that is not a list" : "SETITEM on something that is not a dict", at);
        for (PickleValue &item : items) {
            // Containers are shared through the memo: refuse a reference cycle, which would leak and
            // send every later walk into endless recursion.
            if (reaches(item, target.items.get(), 0))
                fail("self-referencing container", at);
            target.items->push_back(std::move(item));
        }
    }

    /// Iteratively: the result handed to the caller must nest at most kMaxDepth levels.
    void checkDepth(const PickleValue &root, std::size_t at)
    {
        std::vector<std::pair<const PickleValue *, int>> work{{&root, 0}};
        std::uint64_t visited = 0;
        while (!work.empty()) {
            const auto [value, depth] = work.back();
            work.pop_back();
            if (depth > kMaxDepth)
                fail("containers nested more than " + std::to_string(kMaxDepth) + " levels deep", at);
            if (++visited > kWalkBudget)
                fail("too many shared references to check", at);
            if (value->items)
                for (const PickleValue &child : *value->items)
                    work.push_back({&child, depth + 1});
        }
    }

    bool reaches(const PickleValue &from, const std::vector<PickleValue> *target, int depth)
    {
        if (!from.items)
            return false;
        if (from.items.get() == target)
            return true;
        // Deep nesting would overflow the stack in this walk and in the destructors: real files nest a few levels.
        if (depth > kMaxDepth)
            fail("containers nested more than " + std::to_string(kMaxDepth) + " levels deep", m_pos);
        if (++m_walked > kWalkBudget)
            fail("nesting too complex to check", m_pos);
        for (const PickleValue &child : *from.items)
            if (reaches(child, target, depth + 1))
                return true;
        return false;
    }

    PickleValue memo(std::uint64_t index, std::size_t at)
    {
        const auto it = m_memo.find(static_cast<std::uint32_t>(index));
        if (index > 0xffffffffu || it == m_memo.end())
            fail("memo entry " + std::to_string(index) + " was never stored", at);
        return it->second;
    }

    PickleValue global(const std::string &name, std::size_t at)
    {
        if (!allowedGlobal(name) && !(m_scriptObjects && name.rfind("__torch__.", 0) == 0))
            fail("refuses global '" + name + "': a torch.save file of tensors needs only OrderedDict, the tensor "
                 "rebuild functions and storage types; anything else could run code when loaded in Python",
                 at);
        PickleValue value;
        value.kind = Kind::Global;
        value.text = name;
        return value;
    }

    PickleValue persistent(const PickleValue &id, std::size_t at)
    {
        // ('storage', <StorageType>, key, location, numel)
        if (id.kind != Kind::Tuple || id.items->size() != 5)
            fail("persistent id is not a 5-tuple ('storage', type, key, location, numel)", at);
        const auto &items = *id.items;
        if (items[0].kind != Kind::String || items[0].text != "storage" || items[1].kind != Kind::Global
            || items[2].kind != Kind::String || items[4].kind != Kind::Int || items[4].integer < 0)
            fail("malformed storage record in a persistent id", at);
        const auto type = storageTypes().find(items[1].text);
        if (type == storageTypes().end())
            fail("'" + items[1].text + "' is not a storage type", at);
        PickleValue storage;
        storage.kind = Kind::Storage;
        storage.dtype = type->second;
        storage.storageKey = items[2].text;
        storage.storageNumel = items[4].integer;
        return storage;
    }

    std::vector<std::int64_t> integers(const PickleValue &tuple, const char *what, std::size_t at)
    {
        if ((tuple.kind != Kind::Tuple && tuple.kind != Kind::List) || tuple.items->size() > 64)
            fail(std::string(what) + " is not a tuple of at most 64 integers", at);
        std::vector<std::int64_t> values;
        for (const PickleValue &item : *tuple.items) {
            if (item.kind != Kind::Int || item.integer < 0)
                fail(std::string(what) + " holds something other than a non-negative integer", at);
            values.push_back(item.integer);
        }
        return values;
    }

    PickleValue reduce(const PickleValue &callable, const PickleValue &arguments, std::size_t at)
    {
        if (callable.kind != Kind::Global || arguments.kind != Kind::Tuple)
            fail("REDUCE needs an allowed global and an argument tuple", at);
        const auto &args = *arguments.items;
        if (callable.text == "collections.OrderedDict") {
            if (!args.empty())
                fail("OrderedDict with arguments is not supported", at);
            return PickleValue::container(Kind::Dict);
        }
        if (callable.text == "torch._utils._rebuild_tensor_v2") {
            // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
            if (args.size() < 6 || args[0].kind != Kind::Storage || args[1].kind != Kind::Int || args[1].integer < 0)
                fail("malformed _rebuild_tensor_v2 arguments", at);
            PickleValue tensor;
            tensor.kind = Kind::Tensor;
            tensor.dtype = args[0].dtype;
            tensor.storageKey = args[0].storageKey;
            tensor.storageNumel = args[0].storageNumel;
            tensor.storageOffset = args[1].integer;
            tensor.shape = integers(args[2], "tensor size", at);
            tensor.strides = integers(args[3], "tensor stride", at);
            if (tensor.shape.size() != tensor.strides.size())
                fail("tensor size and stride have different lengths", at);
            return tensor;
        }
        if (callable.text == "torch._utils._rebuild_parameter") {
            if (args.empty() || args[0].kind != Kind::Tensor)
                fail("malformed _rebuild_parameter arguments", at);
            return args[0];
        }
        fail("'" + callable.text + "' cannot be called", at);
    }

    const std::string &m_path;
    const std::byte *m_data;
    std::size_t m_size;
    bool m_scriptObjects;
    std::size_t m_pos = 0;
    std::vector<PickleValue> m_stack;
    std::vector<std::size_t> m_marks;
    std::unordered_map<std::uint32_t, PickleValue> m_memo;
    static constexpr std::uint64_t kWalkBudget = 50'000'000;
    static constexpr int kMaxDepth = 100;
    std::uint64_t m_walked = 0;
};

} // namespace

RestrictedUnpickler::RestrictedUnpickler(std::string path, const std::byte *data, std::size_t size, bool scriptObjects)
    : m_path(std::move(path)), m_data(data), m_size(size), m_scriptObjects(scriptObjects)
{}

PickleValue RestrictedUnpickler::load()
{
    return Machine(m_path, m_data, m_size, m_scriptObjects).run();
}

} // namespace core
