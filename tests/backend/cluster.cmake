fc_add_test(tst_objectparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_objectparser.cpp LIBS fedconsole_backend)
# HttpsProxyRelay against an in-process TLS proxy (certificates from backend/pki)
fc_add_test(tst_httpsproxyrelay SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_httpsproxyrelay.cpp LIBS fedconsole_backend)
# The ordered YAML tree the per-key ConfigMap forms edit (model/editors).
fc_add_test(tst_yamltree SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_yamltree.cpp LIBS fedconsole_backend)
