fc_add_test(tst_mainwindow XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/main/tst_mainwindow.cpp
  LIBS fedconsole_gui LABELS integration gui)
target_compile_definitions(tst_mainwindow PRIVATE FC_INTEGRATION_FIXTURES="${PROJECT_SOURCE_DIR}/tests/integration/cluster/fixtures")
# scripts/run.sh's path as a new user takes it (window on the local cluster with the demo, every
# tab, a log tab, Issue with e-mail/URI SANs, the federation wizard) — run on both presets by CI.
fc_add_test(tst_smoke XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/main/tst_smoke.cpp
  LIBS fedconsole_gui LABELS integration gui)
# Limited users (issue 14): the window as ServiceAccounts with real Roles (scripts/limited-user.sh)
fc_add_test(tst_limitedusers XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/main/tst_limitedusers.cpp
  LIBS fedconsole_gui LABELS integration gui)
# The cluster overview (issue 15): reachable, unauthorized and unreachable contexts in one window
fc_add_test(tst_clusteroverview XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/main/tst_clusteroverview.cpp
  LIBS fedconsole_gui LABELS integration gui)
