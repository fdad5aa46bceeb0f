fc_add_test(tst_liveinformer SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_liveinformer.cpp
  LIBS fedconsole_model LABELS integration)
# ObjectClient and EditableDocument against the real apiserver (writes, errors, CRDs, conflicts)
fc_add_test(tst_objectclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_objectclient.cpp
  LIBS fedconsole_model LABELS integration)
target_compile_definitions(tst_objectclient PRIVATE FC_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/cluster/fixtures")
# proxy-url through real proxies (tinyproxy, microsocks, stunnel4 from Debian), started per test
fc_add_test(tst_proxy SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_proxy.cpp
  LIBS fedconsole_backend LABELS integration)
