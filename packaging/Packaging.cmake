# CPack: `cpack -G DEB` in the build folder produces an installable Debian package.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/infoscope.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/infoscope.svg
        DESTINATION share/icons/hicolor/scalable/apps)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/demo/ DESTINATION share/infoscope/demo PATTERN "*.py" EXCLUDE)

set(CPACK_PACKAGE_NAME "infoscope")
set(CPACK_PACKAGE_VENDOR "InfoScope")
set(CPACK_PACKAGE_CONTACT "InfoScope developers <infoscope@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dependencies from the linked shared libraries and modules (dpkg-shlibdeps)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libgl1-mesa-dri") # software OpenGL for the 3-D view without a GPU driver
set(CPACK_STRIP_FILES ON) # scripts/package.sh builds Release: no debug info ships
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
