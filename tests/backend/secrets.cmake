# backend/secrets: the keychain against a real Secret Service (gnome-keyring in a private D-Bus
# session), and again with no session bus at all (must report "no keychain", store nothing).
# Not fc_add_test: that would register the bare binary, which needs the bus set up below.
add_executable(tst_keychain secrets/tst_keychain.cpp)
target_link_libraries(tst_keychain PRIVATE Qt6::Test fedconsole_common fc_backend_secrets fc_model_pki)

find_program(FC_DBUS_RUN_SESSION dbus-run-session)
find_program(FC_GNOME_KEYRING_DAEMON gnome-keyring-daemon)
if(FC_DBUS_RUN_SESSION AND FC_GNOME_KEYRING_DAEMON)
  add_test(NAME tst_keychain_secret_service
    COMMAND dbus-run-session -- sh -c "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec ${FC_TEST_WRAPPER} ./tst_keychain roundTrip callbackDroppedWithContext"
    WORKING_DIRECTORY $<TARGET_FILE_DIR:tst_keychain>)
else()
  # fail loudly rather than skip: the keychain path must be tested
  add_test(NAME tst_keychain_secret_service
    COMMAND sh -c "echo 'tst_keychain: gnome-keyring or dbus is missing: apt-get install gnome-keyring dbus' >&2; exit 1")
endif()
set_tests_properties(tst_keychain_secret_service PROPERTIES LABELS unit TIMEOUT 120
  ENVIRONMENT "FC_KEYCHAIN_EXPECT=available")
add_test(NAME tst_keychain_no_bus COMMAND ${FC_TEST_WRAPPER} $<TARGET_FILE:tst_keychain> noKeychainReported)
set_tests_properties(tst_keychain_no_bus PROPERTIES LABELS unit TIMEOUT 120
  ENVIRONMENT "FC_KEYCHAIN_EXPECT=none;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/fedconsole-test-bus")
