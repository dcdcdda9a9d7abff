# Third-party packages, all from Debian 12 (scripts/bootstrap.sh installs them).

find_package(Eigen3 3.4 REQUIRED NO_MODULE)
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Threads REQUIRED)
find_package(ZLIB REQUIRED)                 # deflated .npz members
find_package(HDF5 1.10 REQUIRED COMPONENTS C) # HDF5 reader (target hdf5::hdf5)
find_package(BLAS REQUIRED)                 # large DMD products (numerics/blasproducts.h); libblas-dev
find_package(LAPACK REQUIRED)               # symmetric eigensolver (numerics/symmetriceigen.h); liblapack-dev

if(INFOSCOPE_BUILD_GUI OR INFOSCOPE_BUILD_TESTS)
    set(INFOSCOPE_QT_COMPONENTS Core Test)
    if(INFOSCOPE_BUILD_GUI)
        list(APPEND INFOSCOPE_QT_COMPONENTS Gui Widgets OpenGL OpenGLWidgets Concurrent Svg PrintSupport LinguistTools)
    endif()
    find_package(Qt6 6.4 REQUIRED COMPONENTS ${INFOSCOPE_QT_COMPONENTS})
endif()

if(INFOSCOPE_BUILD_GUI)
    find_package(QCustomPlotQt6 REQUIRED)

    # Debian's VTK config asks for MPI::MPI_C even for serial components; an empty target satisfies it.
    if(NOT TARGET MPI::MPI_C)
        add_library(MPI::MPI_C INTERFACE IMPORTED)
    endif()
    # Never VTK::GUISupportQt: on Debian 12 it is built for Qt 5 (see widgets/vtk/).
    find_package(VTK 9.1 REQUIRED COMPONENTS
        CommonCore CommonDataModel CommonColor FiltersCore FiltersGeneral FiltersGeometry FiltersSources
        InteractionStyle RenderingCore RenderingOpenGL2 RenderingAnnotation RenderingFreeType
        RenderingUI)
endif()

# LibTorch: TorchScript models and the live demo, in the module infoscope_torch (analysis/torch/),
# which the GUI and the CLI load on first use.
find_package(Torch REQUIRED)
