# Every fedconsole-cli line of the README's CLI block, run on the build under test (issue 10).
add_test(NAME readme_cli COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/readme/readme_cli.sh ${PROJECT_SOURCE_DIR} $<TARGET_FILE:fedconsole-cli>)
set_tests_properties(readme_cli PROPERTIES LABELS integration TIMEOUT ${FEDCONSOLE_TEST_TIMEOUT}
  FIXTURES_REQUIRED local_cluster RESOURCE_LOCK local_cluster)
