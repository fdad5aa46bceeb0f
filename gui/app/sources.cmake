# gui/app: what makes it a desktop app — theme, preferences, About and shortcuts dialogs, the
# welcome page and Add cluster.
target_sources(fedconsole_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Theme.h ${CMAKE_CURRENT_LIST_DIR}/Theme.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.h ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.h ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AddClusterDialog.h ${CMAKE_CURRENT_LIST_DIR}/AddClusterDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WelcomePage.h ${CMAKE_CURRENT_LIST_DIR}/WelcomePage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Translations.h ${CMAKE_CURRENT_LIST_DIR}/Translations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DesktopNotifier.h ${CMAKE_CURRENT_LIST_DIR}/DesktopNotifier.cpp)
find_package(Qt6 REQUIRED COMPONENTS DBus)
target_link_libraries(fedconsole_gui PRIVATE Qt6::DBus)
# the source tree the welcome page starts the local demo from (when run from a build tree)
target_compile_definitions(fedconsole_gui PRIVATE FEDCONSOLE_BUILD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  FEDCONSOLE_BUILD_TRANSLATIONS_DIR="${FEDCONSOLE_BUILD_TRANSLATIONS_DIR}")
add_dependencies(fedconsole_gui fedconsole_translations)
target_link_libraries(fedconsole_gui PRIVATE OpenSSL::Crypto)
