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
