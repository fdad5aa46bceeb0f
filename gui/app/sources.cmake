# gui/app: what makes it a desktop app — theme, preferences, About and shortcuts dialogs.
target_sources(fedconsole_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Theme.h ${CMAKE_CURRENT_LIST_DIR}/Theme.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.h ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.h ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp)
