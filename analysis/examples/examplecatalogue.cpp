#include "examples/examplecatalogue.h"

#include "examples/frequencyexamples.h"
#include "examples/koopmanexamples.h"
#include "examples/ksgexamples.h"
#include "examples/resamplingexamples.h"
#include "examples/segmentationexample.h"
#include "examples/spectrumexample.h"
#include "examples/subsampleexample.h"

#include <stdexcept>

namespace core {

void ExampleCatalogue::add(Example example)
{
    if (this->example(example.id))
        throw std::logic_error("example '" + example.id + "' registered twice");
    m_examples.push_back(std::move(example));
}

const Example *ExampleCatalogue::example(const std::string &id) const
{
    for (const Example &example : m_examples)
        if (example.id == id)
            return &example;
    return nullptr;
}

void registerBuiltinExamples(ExampleCatalogue &catalogue)
{
    catalogue.add(ksgGaussianExample());
    catalogue.add(ksgStrongDependenceExample());
    catalogue.add(oneOverFSpectrumExample());
    catalogue.add(fpgmCentresExample());
    catalogue.add(fdaStyleExample());
    catalogue.add(resamplingLowPassExample());
    catalogue.add(iradAccuracyExample());
    catalogue.add(sdapViewsExample());
    catalogue.add(segmentationExample());
    catalogue.add(dampedOscillatorExample());
    catalogue.add(lorenzExample());
    catalogue.add(modeCollapseExample());
}

} // namespace core
