# Federation recognition, health and the tree model: data-driven over YAML fixtures.
fc_add_test(tst_federation SOURCES ${CMAKE_CURRENT_LIST_DIR}/federation/tst_federation.cpp LIBS fedconsole_model)
target_compile_definitions(tst_federation PRIVATE FC_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/federation/fixtures")
# The CLI's formatting functions (compiled here too, under the project's warning flags).
fc_add_test(tst_federationcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/federation/tst_federationcli.cpp
  ${PROJECT_SOURCE_DIR}/cli/FederationCommand.cpp ${PROJECT_SOURCE_DIR}/cli/TextTable.cpp LIBS fedconsole_model)
target_compile_definitions(tst_federationcli PRIVATE FC_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/federation/fixtures"
  FC_GPU_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/gpu/fixtures")
# Integration: scripts/demo-federation.sh against the local control plane, then recognition of
# what the API server returns (kubectl get -o json -> parseManifests).
fc_add_test(tst_demofederation SOURCES ${CMAKE_CURRENT_LIST_DIR}/federation/tst_demofederation.cpp
  ${PROJECT_SOURCE_DIR}/cli/FederationCommand.cpp ${PROJECT_SOURCE_DIR}/cli/TextTable.cpp
  LIBS fedconsole_model Qt6::Network LABELS integration)
target_compile_definitions(tst_demofederation PRIVATE FC_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  FC_CLI="$<TARGET_FILE:fedconsole-cli>")
add_dependencies(tst_demofederation fedconsole-cli)
# FederationService: recognition and GPU accounting on their own thread, fed by stores.
fc_add_test(tst_federationservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/federation/tst_federationservice.cpp LIBS fedconsole_model)
target_compile_definitions(tst_federationservice PRIVATE FC_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/federation/fixtures")
# Parties joined with the Helm releases that installed them; the "Install a party chart…" values
# skeletons checked against the test charts' values.yaml.
fc_add_test(tst_partyhelm SOURCES ${CMAKE_CURRENT_LIST_DIR}/federation/tst_partyhelm.cpp LIBS fedconsole_model)
target_compile_definitions(tst_partyhelm PRIVATE FC_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/federation/fixtures"
  FC_CHARTS="${PROJECT_SOURCE_DIR}/tests/charts")
