# GUI tests of the local PKI (no cluster needed): federation wizard, certificates page and dialogs.
fc_add_test(tst_federationwizard XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_federationwizard.cpp
  LIBS fedconsole_gui LABELS gui)
fc_add_test(tst_certificatespage XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_certificatespage.cpp
  LIBS fedconsole_gui LABELS gui)
# The same page test with no reachable session bus, so no keychain: the passphrase dialog must say
# so, disable "remember" and ask every time.
# Registered with or without xvfb-run, like every GUI test: without it, it fails naming the install.
if(XVFB_RUN)
  add_test(NAME tst_certificatespage_nokeychain COMMAND ${XVFB_RUN} -a -s "-screen 0 1600x1000x24"
    env DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/fedconsole-no-bus ${FC_TEST_WRAPPER} $<TARGET_FILE:tst_certificatespage>)
else()
  add_test(NAME tst_certificatespage_nokeychain COMMAND sh -c "echo 'xvfb-run not found: apt-get install xvfb xauth' >&2; exit 1")
endif()
set_tests_properties(tst_certificatespage_nokeychain PROPERTIES LABELS gui TIMEOUT 600
  ENVIRONMENT "FEDCONSOLE_SOURCE_DIR=${PROJECT_SOURCE_DIR};QT_QPA_PLATFORM=xcb")
fc_add_test(tst_pkidialogs XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pkidialogs.cpp
  LIBS fedconsole_gui LABELS gui)
