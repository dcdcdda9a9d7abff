#pragma once

#include "registry/analysisdescriptor.h"
#include "registry/readerdescriptor.h"

#include <string>
#include <vector>

namespace core {

/// The spine of the application: all analyses and readers, registered explicitly by
/// registerBuiltins() from both executables (no static self-registration, which static libraries drop).
class Registry
{
public:
    /// Throws std::logic_error on a duplicate id.
    void addAnalysis(AnalysisDescriptor descriptor);
    void addReader(ReaderDescriptor descriptor);

    const std::vector<AnalysisDescriptor> &analyses() const { return m_analyses; }
    const std::vector<ReaderDescriptor> &readers() const { return m_readers; }
    /// nullptr if unknown.
    const AnalysisDescriptor *analysis(const std::string &id) const;
    /// The reader most confident about `path`; throws FormatError naming the file if none is.
    const ReaderDescriptor &readerFor(const std::string &path) const;
    /// Picks a reader and reads; throws FormatError.
    DataObject read(const std::string &path) const;

    /// Validates inputs and parameters, then runs. Throws AnalysisError, FormatError or CancelledError.
    Result run(const std::string &analysisId, const AnalysisInputs &inputs, const ParameterValues &parameters,
               Progress &progress, const CancelToken &cancel) const;

private:
    std::vector<AnalysisDescriptor> m_analyses;
    std::vector<ReaderDescriptor> m_readers;
};

} // namespace core
