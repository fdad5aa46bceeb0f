fc_add_test(tst_liveinformer SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_liveinformer.cpp
  LIBS fedconsole_model LABELS integration)
# ObjectClient and EditableDocument against the real apiserver (writes, errors, CRDs, conflicts)
fc_add_test(tst_objectclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_objectclient.cpp
  LIBS fedconsole_model LABELS integration)
target_compile_definitions(tst_objectclient PRIVATE FC_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/cluster/fixtures")
# proxy-url through real proxies (tinyproxy, microsocks, stunnel4 from Debian), started per test
fc_add_test(tst_proxy SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_proxy.cpp
  LIBS fedconsole_backend LABELS integration)
# Limited users (issue 14): real Roles/ClusterRoles for three ServiceAccounts (scripts/limited-user.sh);
# per-namespace fallback, forbidden kinds with the reason, rules reviews, the CLI's notes
fc_add_test(tst_rbac SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_rbac.cpp
  LIBS fedconsole_model LABELS integration)
target_compile_definitions(tst_rbac PRIVATE FC_CLI="$<TARGET_FILE:fedconsole-cli>")
add_dependencies(tst_rbac fedconsole-cli)
# fedconsole-cli --all-contexts (issue 15): a reachable, an unreachable and an unauthorized context
fc_add_test(tst_allcontexts SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_allcontexts.cpp LABELS integration)
target_compile_definitions(tst_allcontexts PRIVATE FC_CLI="$<TARGET_FILE:fedconsole-cli>")
add_dependencies(tst_allcontexts fedconsole-cli)
# Two local control planes (local-cluster.sh fleet up 2): one federation across them, in the CLI
# and in the app (issue 15)
if(FEDCONSOLE_GUI)
fc_add_test(tst_fleet XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_fleet.cpp LIBS fedconsole_gui LABELS integration gui)
target_compile_definitions(tst_fleet PRIVATE FC_CLI="$<TARGET_FILE:fedconsole-cli>")
add_dependencies(tst_fleet fedconsole-cli)
endif()
