# gui/helm: the Helm releases page (live list, details, stuck banner) and the install/upgrade dialog.
target_sources(fedconsole_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ReleaseDialog.h ${CMAKE_CURRENT_LIST_DIR}/ReleaseDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReleasesPage.h ${CMAKE_CURRENT_LIST_DIR}/ReleasesPage.cpp)
