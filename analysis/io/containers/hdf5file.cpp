#include "io/containers/hdf5file.h"

#include "data/ownedstorage.h"
#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "io/containers/hdf5external.h"
#include "task/isolatedcall.h"

#include <hdf5.h>

#include <csignal>
#include <exception>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <unistd.h>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace core {

namespace {

constexpr const char *kReader = "hdf5";

std::mutex &hdf5Mutex()
{
    static std::mutex mutex;
    return mutex;
}

/// The innermost message of HDF5's error stack, for the FormatError text.
std::string lastHdf5Error()
{
    std::string message;
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD,
             [](unsigned, const H5E_error2_t *error, void *data) -> herr_t {
                 auto *text = static_cast<std::string *>(data);
                 if (text->empty() && error->desc)
                     *text = error->desc;
                 return 0;
             },
             &message);
    H5Eclear2(H5E_DEFAULT);
    return message.empty() ? std::string("unknown HDF5 error") : message;
}

/// Closes an HDF5 handle of any kind at scope exit.
struct Handle
{
    hid_t id;
    explicit Handle(hid_t value) : id(value) {}
    ~Handle()
    {
        if (id >= 0)
            H5Idec_ref(id); // closes objects, types, spaces, lists and attributes alike
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
};

bool numericType(hid_t type, DType *out)
{
    const H5T_class_t typeClass = H5Tget_class(type);
    const std::size_t size = H5Tget_size(type);
    if (typeClass == H5T_INTEGER) {
        const bool isSigned = H5Tget_sign(type) == H5T_SGN_2;
        switch (size) {
        case 1: *out = isSigned ? DType::Int8 : DType::UInt8; return true;
        case 2: *out = isSigned ? DType::Int16 : DType::UInt16; return true;
        case 4: *out = isSigned ? DType::Int32 : DType::UInt32; return true;
        case 8: *out = isSigned ? DType::Int64 : DType::UInt64; return true;
        default: return false;
        }
    }
    if (typeClass == H5T_FLOAT) {
        switch (size) {
        case 2: *out = DType::Float16; return true;
        case 4: *out = DType::Float32; return true;
        case 8: *out = DType::Float64; return true;
        default: return false;
        }
    }
    if (typeClass == H5T_ENUM && size == 1 && H5Tget_nmembers(type) == 2) { // h5py's bool
        *out = DType::Bool;
        return true;
    }
    return false;
}

/// The in-memory type matching `dtype`, so libhdf5 converts byte order (and float16) for us.
hid_t memoryType(DType dtype, hid_t fileType)
{
    switch (dtype) {
    case DType::Int8: return H5Tcopy(H5T_NATIVE_INT8);
    case DType::Int16: return H5Tcopy(H5T_NATIVE_INT16);
    case DType::Int32: return H5Tcopy(H5T_NATIVE_INT32);
    case DType::Int64: return H5Tcopy(H5T_NATIVE_INT64);
    case DType::UInt8: return H5Tcopy(H5T_NATIVE_UINT8);
    case DType::UInt16: return H5Tcopy(H5T_NATIVE_UINT16);
    case DType::UInt32: return H5Tcopy(H5T_NATIVE_UINT32);
    case DType::UInt64: return H5Tcopy(H5T_NATIVE_UINT64);
    case DType::Float32: return H5Tcopy(H5T_NATIVE_FLOAT);
    case DType::Float64: return H5Tcopy(H5T_NATIVE_DOUBLE);
    default: return H5Tget_native_type(fileType, H5T_DIR_ASCEND); // float16, bool enum
    }
}

std::string attributeText(hid_t attribute)
{
    Handle type(H5Aget_type(attribute));
    Handle space(H5Aget_space(attribute));
    const hssize_t count = H5Sget_simple_extent_npoints(space.id);
    if (H5Tget_class(type.id) == H5T_STRING) {
        if (H5Tis_variable_str(type.id) > 0 && count == 1) {
            Handle memory(H5Tcopy(H5T_C_S1));
            H5Tset_size(memory.id, H5T_VARIABLE);
            H5Tset_cset(memory.id, H5Tget_cset(type.id)); // HDF5 does not convert ASCII <-> UTF-8
            char *value = nullptr;
            if (H5Aread(attribute, memory.id, &value) < 0 || !value)
                return "<unreadable string>";
            std::string text(value);
            H5free_memory(value);
            return text;
        }
        const std::size_t size = H5Tget_size(type.id);
        if (count != 1 || size > (1u << 20))
            return "<string array>";
        std::string text(size, '\0');
        Handle memory(H5Tcopy(H5T_C_S1));
        H5Tset_size(memory.id, size);
        H5Tset_cset(memory.id, H5Tget_cset(type.id));
        H5Tset_strpad(memory.id, H5T_STR_NULLPAD); // NULLTERM would drop the last character
        if (H5Aread(attribute, memory.id, text.data()) < 0)
            return "<unreadable string>";
        return text.substr(0, text.find('\0'));
    }
    DType dtype;
    if (!numericType(type.id, &dtype) || count < 0)
        return "<non-numeric attribute>";
    if (count > 4096)
        return "<" + std::to_string(count) + " values>";
    std::vector<double> values(static_cast<std::size_t>(count));
    if (count > 0 && H5Aread(attribute, H5T_NATIVE_DOUBLE, values.data()) < 0)
        return "<unreadable>";
    std::ostringstream text;
    text.precision(17);
    if (count == 1 && H5Sget_simple_extent_ndims(space.id) == 0) {
        text << values[0];
    } else {
        text << '[';
        for (std::size_t i = 0; i < values.size() && i < 16; ++i)
            text << (i ? ", " : "") << values[i];
        text << (values.size() > 16 ? ", ...]" : "]");
    }
    return text.str();
}

std::map<std::string, std::string> readAttributes(hid_t object)
{
    std::map<std::string, std::string> attributes;
    H5Aiterate2(object, H5_INDEX_NAME, H5_ITER_INC, nullptr,
                [](hid_t location, const char *name, const H5A_info_t *, void *data) -> herr_t {
                    try { // no exception may unwind through libhdf5's C frames
                        Handle attribute(H5Aopen(location, name, H5P_DEFAULT));
                        if (attribute.id >= 0)
                            (*static_cast<std::map<std::string, std::string> *>(data))[name] = attributeText(attribute.id);
                        return 0;
                    } catch (...) {
                        return -1; // out of memory: the attributes read so far are kept
                    }
                },
                &attributes);
    H5Eclear2(H5E_DEFAULT);
    return attributes;
}

struct VisitState
{
    std::vector<ArrayInfo> *arrays;
    std::map<std::string, std::string> *attributes;
    std::vector<std::string> *groups;
    std::filesystem::path folder; // external names are relative to the file's folder
    std::vector<std::string> skipped;
    std::exception_ptr error; // thrown in a callback, rethrown after libhdf5 returned
};

/// Link and dataset access with external files looked up beside the file itself (libhdf5 would
/// otherwise also try the working directory).
hid_t externalAccess(const std::filesystem::path &folder)
{
    const hid_t access = H5Pcreate(H5P_DATASET_ACCESS);
    const std::string prefix = folder.string();
    H5Pset_efile_prefix(access, prefix.c_str());
    H5Pset_elink_prefix(access, prefix.c_str());
    H5Pset_virtual_prefix(access, prefix.c_str());
    H5Pset_nlinks(access, 1); // one external link, checked below; a second hop inside its target is not followed
    return access;
}

/// Why an external link cannot be followed, or empty: refused by policy, or its file is not a
/// regular file beside this one.
std::string externalLinkProblem(hid_t root, const char *name, const H5L_info_t *link, const std::filesystem::path &folder)
{
    std::vector<char> value(std::max<std::size_t>(link->u.val_size, 1));
    const char *file = nullptr;
    const char *object = nullptr;
    unsigned flags = 0;
    if (H5Lget_val(root, name, value.data(), value.size(), H5P_DEFAULT) < 0
        || H5Lunpack_elink_val(value.data(), value.size(), &flags, &file, &object) < 0 || !file)
        return "an unreadable external link";
    const std::string target = std::string(file) + ":" + (object ? object : "");
    if (!hdf5ExternalAllowed())
        return "an external link to " + target + "; refused, " + hdf5ExternalHint();
    if (regularExternalFile(folder, file).empty())
        return "an external link to " + target + ", which is not a regular file";
    return {};
}

/// Why a dataset's external raw storage cannot be read, or empty.
std::string externalStorageProblem(hid_t plist, const std::filesystem::path &folder)
{
    if (!hdf5ExternalAllowed())
        return "its data lie in external files; refused, " + hdf5ExternalHint();
    const int count = H5Pget_external_count(plist);
    for (int i = 0; i < count; ++i) {
        char file[4096] = {};
        off_t offset = 0;
        hsize_t size = 0;
        if (H5Pget_external(plist, unsigned(i), sizeof file, file, &offset, &size) < 0)
            return "an unreadable external storage entry";
        if (regularExternalFile(folder, file).empty())
            return "its data lie in '" + std::string(file) + "', which is not a regular file";
    }
    return {};
}

/// Why a virtual dataset's sources (datasets in other files, mapped into this one) cannot be read,
/// or empty.
std::string virtualSourceProblem(hid_t plist, const std::filesystem::path &folder)
{
    if (!hdf5ExternalAllowed())
        return "a virtual dataset, its data mapped from other files; refused, " + hdf5ExternalHint();
    std::size_t count = 0;
    if (H5Pget_virtual_count(plist, &count) < 0)
        return "an unreadable virtual dataset";
    for (std::size_t i = 0; i < count; ++i) {
        char file[4096] = {};
        if (H5Pget_virtual_filename(plist, i, file, sizeof file) < 0)
            return "an unreadable virtual dataset";
        if (std::strcmp(file, ".") != 0 && regularExternalFile(folder, file).empty())
            return "a virtual dataset mapped from '" + std::string(file) + "', which is not a regular file";
    }
    return {};
}

/// Why a dataset's data cannot be read under the external-file policy (external raw storage, or a
/// virtual dataset's sources), or empty.
std::string externalDataProblem(hid_t plist, const std::filesystem::path &folder)
{
    if (plist < 0)
        return {};
    if (H5Pget_external_count(plist) > 0)
        return externalStorageProblem(plist, folder);
    if (H5Pget_layout(plist) == H5D_VIRTUAL)
        return virtualSourceProblem(plist, folder);
    return {};
}

/// Byte order, filter chain and chunk shape of a dataset, from its type and creation properties.
ArrayLayout datasetLayout(hid_t type, hid_t plist, DType dtype)
{
    ArrayLayout layout;
    layout.byteOrder = byteOrderName(H5Tget_order(type) == H5T_ORDER_BE, dtype);
    layout.order = "C"; // HDF5 stores row-major
    std::string filters;
    const int count = plist >= 0 ? H5Pget_nfilters(plist) : 0;
    for (int i = 0; i < count; ++i) {
        unsigned flags = 0, config = 0;
        std::size_t values = 0;
        char name[64] = {};
        const H5Z_filter_t filter = H5Pget_filter2(plist, unsigned(i), &flags, &values, nullptr, sizeof name, name, &config);
        const std::string label = filter == H5Z_FILTER_DEFLATE ? "deflate" : filter == H5Z_FILTER_SHUFFLE ? "shuffle"
                                : filter == H5Z_FILTER_FLETCHER32 ? "fletcher32" : filter == H5Z_FILTER_SZIP ? "szip"
                                : filter == H5Z_FILTER_NBIT ? "nbit" : filter == H5Z_FILTER_SCALEOFFSET ? "scaleoffset"
                                : "filter " + std::to_string(filter);
        filters += (filters.empty() ? "" : "+") + label;
    }
    layout.compression = filters.empty() ? "none" : filters;
    if (plist >= 0 && H5Pget_layout(plist) == H5D_CHUNKED) {
        hsize_t chunk[32] = {};
        const int rank = H5Pget_chunk(plist, 32, chunk);
        for (int i = 0; i < rank; ++i)
            layout.chunks.push_back(std::int64_t(chunk[i]));
    }
    return layout;
}

/// One link of the file: a group or a numeric dataset is listed, anything else skipped with a reason.
herr_t visitLink(hid_t root, const char *name, const H5L_info_t *link, VisitState *visit)
{
    if (link->type == H5L_TYPE_EXTERNAL) {
        const std::string problem = externalLinkProblem(root, name, link, visit->folder);
        if (!problem.empty()) {
            visit->skipped.push_back(std::string(name) + " (" + problem + ")");
            return 0;
        }
    } else if (link->type != H5L_TYPE_HARD) {
        return 0; // a soft link would list its target twice
    }
    Handle access(externalAccess(visit->folder));
    Handle object(H5Oopen(root, name, access.id));
    if (object.id < 0) {
        visit->skipped.push_back(std::string(name) + " (cannot open)");
        return 0;
    }
    const H5I_type_t kind = H5Iget_type(object.id);
    if (kind == H5I_GROUP) {
        if (link->type == H5L_TYPE_EXTERNAL)
            visit->skipped.push_back(std::string(name) + " (an external link to a group; its content is not listed)");
        visit->groups->push_back(name);
        for (auto &[key, value] : readAttributes(object.id))
            (*visit->attributes)[std::string(name) + "@" + key] = value;
        return 0;
    }
    if (kind != H5I_DATASET)
        return 0;
    Handle type(H5Dget_type(object.id));
    Handle space(H5Dget_space(object.id));
    ArrayInfo info;
    info.name = name;
    if (!numericType(type.id, &info.dtype)) {
        visit->skipped.push_back(std::string(name) + " (non-numeric type)");
        return 0;
    }
    const int rank = H5Sget_simple_extent_ndims(space.id);
    if (rank < 0 || rank > 32) {
        visit->skipped.push_back(std::string(name) + " (unreadable dataspace)");
        return 0;
    }
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    H5Sget_simple_extent_dims(space.id, dims.data(), nullptr);
    for (hsize_t d : dims)
        info.shape.push_back(static_cast<std::int64_t>(std::min<hsize_t>(d, hsize_t(INT64_MAX))));
    info.storedBytes = H5Dget_storage_size(object.id);
    Handle plist(H5Dget_create_plist(object.id));
    // Raw data kept in, or mapped from, other files (which may be any file on the machine).
    const std::string problem = externalDataProblem(plist.id, visit->folder);
    if (!problem.empty()) {
        visit->skipped.push_back(std::string(name) + " (" + problem + ")");
        return 0;
    }
    info.compressed = plist.id >= 0 && H5Pget_nfilters(plist.id) > 0;
    info.layout = datasetLayout(type.id, plist.id, info.dtype);
    info.attributes = readAttributes(object.id);
    visit->arrays->push_back(std::move(info));
    return 0;
}

} // namespace

bool hasHdf5Signature(const std::string &firstBytes)
{
    return firstBytes.compare(0, 8, std::string("\x89HDF\r\n\x1a\n", 8)) == 0;
}

Hdf5File::Hdf5File(const std::string &path)
    : ArrayCollection(path)
    , m_folder(std::filesystem::absolute(std::filesystem::path(path)).parent_path())
{
    std::unique_lock<std::mutex> lock(hdf5Mutex());
    requireStructureSurvives();
    list();
}

Hdf5File::Hdf5File(const std::string &path, ChildProbe)
    : ArrayCollection(path)
    , m_folder(std::filesystem::absolute(std::filesystem::path(path)).parent_path())
    , m_probe(true)
{
    list();
}

void Hdf5File::requireStructureSurvives() const
{
    // libhdf5 1.10.8 crashes on some damaged files (tests/data/fuzz/hdf5_attributes/finding-libhdf5-*):
    // the same walk runs first in a child process, so that such a file fails to open instead of
    // ending InfoScope. The lock is held across fork(), so no other thread is inside libhdf5 then.
    constexpr std::chrono::seconds kTimeout(60);
    IsolatedOutcome outcome;
    try {
        outcome = runIsolated([&] {
            try {
                Hdf5File probe(m_path, ChildProbe{});
            } catch (...) {
                // The same error follows in this process, with its message.
            }
            return 0;
        }, kTimeout);
    } catch (const std::system_error &error) {
        throw FormatError(m_path, kReader, std::string("cannot start the process that checks the file first (")
                                               + error.what() + "); the file was not opened");
    }
    if (outcome.kind == IsolatedOutcome::Kind::Crashed || (outcome.kind == IsolatedOutcome::Kind::Finished && outcome.exitCode != 0))
        throw FormatError(m_path, kReader, std::string("the HDF5 library crashed reading the file's structure (")
                                               + (outcome.signal ? strsignal(outcome.signal) : "abnormal exit")
                                               + "); the file is damaged or hostile and was not opened");
    if (outcome.kind == IsolatedOutcome::Kind::TimedOut)
        throw FormatError(m_path, kReader, "the HDF5 library did not finish reading the file's structure within "
                                               + std::to_string(kTimeout.count()) + " s; the file was not opened");
}

/// Opens the file and lists it; the caller holds the library lock (or is the probing child).
void Hdf5File::list()
{
    const std::string &path = m_path;
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); // we report errors ourselves
    const htri_t isHdf5 = H5Fis_hdf5(path.c_str());
    if (isHdf5 <= 0)
        throw FormatError(path, kReader, isHdf5 == 0 ? "not an HDF5 file (no signature)" : "cannot open: " + lastHdf5Error());
    m_file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    if (m_file < 0)
        throw FormatError(path, kReader, "cannot open (corrupt or truncated file?): " + lastHdf5Error());

    try {
        for (auto &[key, value] : readAttributes(m_file))
            m_attributes[key == "infoscope_manifest" ? "manifest" : key] = value;

        VisitState state{&m_arrays, &m_attributes, &m_groups, m_folder, {}, nullptr};
        const herr_t status = H5Lvisit(
            m_file, H5_INDEX_NAME, H5_ITER_INC,
            [](hid_t root, const char *name, const H5L_info_t *link, void *data) -> herr_t {
                auto *visit = static_cast<VisitState *>(data);
                try { // no exception may unwind through libhdf5's C frames
                    return visitLink(root, name, link, visit);
                } catch (...) {
                    visit->error = std::current_exception();
                    return -1;
                }
            },
            &state);
        if (state.error)
            std::rethrow_exception(state.error);
        if (status < 0)
            throw FormatError(path, kReader, "cannot list the file's objects (corrupt file?): " + lastHdf5Error());
        if (!state.skipped.empty()) {
            std::string text;
            for (const std::string &entry : state.skipped)
                text += (text.empty() ? "" : "; ") + entry;
            m_attributes["skipped"] = text;
        }
    } catch (...) {
        H5Fclose(m_file); // the destructor does not run for an object that failed to construct
        m_file = -1;
        throw;
    }
}

Hdf5File::~Hdf5File()
{
    if (m_file < 0)
        return;
    if (m_probe) { // the child: the lock is the parent's, held across the fork
        H5Fclose(m_file);
        return;
    }
    std::lock_guard<std::mutex> lock(hdf5Mutex());
    H5Fclose(m_file);
}

Tensor Hdf5File::load(const std::string &name) const
{
    const ArrayInfo *info = find(name);
    if (!info)
        throw std::out_of_range("no dataset '" + name + "' in " + m_path);
    std::int64_t count = 0;
    try {
        count = checkedElementCount(info->shape);
    } catch (const AnalysisError &error) {
        throw FormatError(m_path, kReader, "dataset '" + name + "': " + error.what());
    }
    const double bytes = double(count) * double(dtypeSize(info->dtype));
    const double physical = double(sysconf(_SC_PHYS_PAGES)) * double(sysconf(_SC_PAGESIZE));
    if (bytes > physical)
        throw FormatError(m_path, kReader, "dataset '" + name + "' needs " + std::to_string(bytes / 1e9)
                                               + " GB, more than this machine's memory");
    std::lock_guard<std::mutex> lock(hdf5Mutex());
    Handle access(externalAccess(m_folder)); // only listed when the policy and the file allowed it
    Handle dataset(H5Dopen2(m_file, name.c_str(), access.id));
    if (dataset.id < 0)
        throw FormatError(m_path, kReader, "dataset '" + name + "' cannot be opened: " + lastHdf5Error());
    // Checked again just before reading: an external file may have been replaced (by a pipe) since
    // the listing; what remains is the moment between this check and libhdf5's open.
    Handle plist(H5Dget_create_plist(dataset.id));
    const std::string problem = externalDataProblem(plist.id, m_folder);
    if (!problem.empty())
        throw FormatError(m_path, kReader, "dataset '" + name + "': " + problem);
    Handle fileType(H5Dget_type(dataset.id));
    Handle memory(memoryType(info->dtype, fileType.id));
    if (memory.id < 0 || H5Tget_size(memory.id) != dtypeSize(info->dtype))
        throw FormatError(m_path, kReader, "dataset '" + name + "' has no in-memory equivalent of its type");
    Tensor tensor = Tensor::zeros(info->dtype, info->shape);
    if (count > 0 && H5Dread(dataset.id, memory.id, H5S_ALL, H5S_ALL, H5P_DEFAULT, tensor.mutableBytes()) < 0)
        throw FormatError(m_path, kReader, "dataset '" + name + "' cannot be read (corrupt chunk?): " + lastHdf5Error());
    return tensor;
}

} // namespace core
