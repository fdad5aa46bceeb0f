fc_add_test(tst_liveinformer SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_liveinformer.cpp
  LIBS fedconsole_model LABELS integration)
fc_add_test(tst_restapi SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_restapi.cpp
  LIBS fedconsole_backend LABELS integration)
# proxy-url through real proxies (tinyproxy, microsocks, stunnel4 from Debian), started per test
fc_add_test(tst_proxy SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_proxy.cpp
  LIBS fedconsole_backend LABELS integration)
