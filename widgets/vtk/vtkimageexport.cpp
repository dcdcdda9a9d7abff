#include "vtk/vtkimageexport.h"

#include "plot/figurespec.h"
#include "vtk/vtkscene.h"

#include <vtkCamera.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>
#include <vtkWindowToImageFilter.h>
#include <vtkPointData.h>

#include <cmath>
#include <cstring>

namespace ui {

double sceneTextScale(const FigureSpec &spec)
{
    return spec.fontPoints * spec.dpi / (72.0 * 12.0);
}

QImage renderSceneImage(const core::ResultItem &item, vtkCamera *camera, const FigureSpec &spec, QString *error)
{
    const QSizeF size = spec.sizeAt(spec.dpi);
    const int width = int(std::lround(size.width())), height = int(std::lround(size.height()));
    vtkNew<vtkRenderer> renderer;
    renderer->SetBackground(1.0, 1.0, 1.0);
    if (!buildScene(renderer, item, sceneTextScale(spec))) {
        *error = QStringLiteral("this result item has no 3-D view");
        return {};
    }
    if (camera) {
        renderer->GetActiveCamera()->DeepCopy(camera);
        renderer->ResetCameraClippingRange();
    }
    // A window of its own, never shown: its size is the image's, whatever the screen's.
    vtkNew<vtkRenderWindow> window;
    window->SetOffScreenRendering(1);
    window->SetMultiSamples(0);
    window->AddRenderer(renderer);
    window->SetSize(width, height);
    window->Render();
    vtkNew<vtkWindowToImageFilter> grab;
    grab->SetInput(window);
    grab->SetInputBufferTypeToRGB();
    grab->ReadFrontBufferOff();
    grab->Update();
    vtkImageData *pixels = grab->GetOutput();
    int dims[3] = {0, 0, 0};
    pixels->GetDimensions(dims);
    auto *data = vtkUnsignedCharArray::SafeDownCast(pixels->GetPointData()->GetScalars());
    if (!data || dims[0] != width || dims[1] != height) {
        *error = QStringLiteral("VTK rendered %1 × %2 pixels instead of %3 × %4").arg(dims[0]).arg(dims[1]).arg(width).arg(height);
        return {};
    }
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) // VTK's rows run bottom-up
        std::memcpy(image.scanLine(height - 1 - y), data->GetPointer(vtkIdType(y) * width * 3), std::size_t(width) * 3);
    const int dotsPerMetre = int(std::lround(spec.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    window->Finalize();
    return image;
}

} // namespace ui
