# gui/app: About names real versions, every shortcut listed, preferences stored and applied at
# once (dark theme, certificate warning days, keychain switch), a corrupt settings file survived.
fc_add_test(tst_appdialogs XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_appdialogs.cpp LIBS fedconsole_gui LABELS gui)
# the installed binary's own checks, without a display (as in a package check)
add_test(NAME fedconsole_self_test COMMAND fedconsole --self-test)
add_test(NAME fedconsole_version_without_display COMMAND sh -c "unset DISPLAY WAYLAND_DISPLAY; QT_QPA_PLATFORM= \"$1\" --version | grep -qx 'fedconsole ${PROJECT_VERSION}'" sh $<TARGET_FILE:fedconsole>)
set_tests_properties(fedconsole_self_test PROPERTIES LABELS unit ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
  PASS_REGULAR_EXPRESSION "self-test: passed" FAIL_REGULAR_EXPRESSION "FAILED")
set_tests_properties(fedconsole_version_without_display PROPERTIES LABELS unit)
# key sequences come only from gui/common/Shortcuts.cpp, so the shortcuts dialog lists them all
add_test(NAME shortcuts_only_from_table COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
  -P ${CMAKE_CURRENT_LIST_DIR}/app/shortcuts_only_from_table.cmake)
set_tests_properties(shortcuts_only_from_table PROPERTIES LABELS unit)
# first run as a new user: welcome page, Add cluster (token into gnome-keyring, never on disk) on
# the local control plane — Xvfb, and gnome-keyring in a private D-Bus session
find_program(FC_DBUS_RUN_SESSION dbus-run-session)
find_program(FC_GNOME_KEYRING_DAEMON gnome-keyring-daemon)
add_executable(tst_firstrun ${CMAKE_CURRENT_LIST_DIR}/app/tst_firstrun.cpp)
target_link_libraries(tst_firstrun PRIVATE Qt6::Test fedconsole_common fedconsole_gui yaml-cpp)
target_compile_definitions(tst_firstrun PRIVATE FC_CLI_PATH="$<TARGET_FILE:fedconsole-cli>")
if(XVFB_RUN AND FC_DBUS_RUN_SESSION AND FC_GNOME_KEYRING_DAEMON)
  add_test(NAME tst_firstrun COMMAND ${XVFB_RUN} -a -s "-screen 0 1600x1000x24" dbus-run-session -- sh -c
    "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec ${FC_TEST_WRAPPER} \"$1\"" sh $<TARGET_FILE:tst_firstrun>)
else()
  add_test(NAME tst_firstrun COMMAND sh -c "echo 'tst_firstrun needs xvfb-run, dbus-run-session and gnome-keyring: apt-get install xvfb xauth dbus gnome-keyring' >&2; exit 1")
endif()
set_tests_properties(tst_firstrun PROPERTIES LABELS "integration;gui" TIMEOUT ${FEDCONSOLE_TEST_TIMEOUT}
  FIXTURES_REQUIRED local_cluster RESOURCE_LOCK local_cluster
  ENVIRONMENT "FEDCONSOLE_SOURCE_DIR=${PROJECT_SOURCE_DIR};QT_QPA_PLATFORM=xcb;FEDCONSOLE_SCREENSHOT_DIR=${PROJECT_BINARY_DIR}/screenshots")
# German and Chinese at run time, every main page and dialog screenshotted and checked for cut-off
# text at 1280x800 and 1920x1080 (on the local control plane with the demo federation)
fc_add_test(tst_translatedscreens XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_translatedscreens.cpp LIBS fedconsole_gui LABELS integration gui)
# expiry watch: badge and one desktop notification a day (a stand-in notification daemon on a
# private D-Bus session bus), under Xvfb
add_executable(tst_expirywatch ${CMAKE_CURRENT_LIST_DIR}/app/tst_expirywatch.cpp)
find_package(Qt6 REQUIRED COMPONENTS DBus)
target_link_libraries(tst_expirywatch PRIVATE Qt6::Test Qt6::DBus fedconsole_common fedconsole_gui)
if(XVFB_RUN AND FC_DBUS_RUN_SESSION)
  add_test(NAME tst_expirywatch COMMAND ${XVFB_RUN} -a -s "-screen 0 1600x1000x24" dbus-run-session -- ${FC_TEST_WRAPPER} $<TARGET_FILE:tst_expirywatch>)
else()
  add_test(NAME tst_expirywatch COMMAND sh -c "echo 'tst_expirywatch needs xvfb-run and dbus-run-session: apt-get install xvfb xauth dbus' >&2; exit 1")
endif()
set_tests_properties(tst_expirywatch PROPERTIES LABELS gui TIMEOUT ${FEDCONSOLE_TEST_TIMEOUT}
  ENVIRONMENT "FEDCONSOLE_SOURCE_DIR=${PROJECT_SOURCE_DIR};QT_QPA_PLATFORM=xcb;FEDCONSOLE_SCREENSHOT_DIR=${PROJECT_BINARY_DIR}/screenshots")
