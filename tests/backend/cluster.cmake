fc_add_test(tst_objectparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_objectparser.cpp LIBS fedconsole_backend)
# HttpsProxyRelay against an in-process TLS proxy (certificates from backend/pki)
fc_add_test(tst_httpsproxyrelay SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_httpsproxyrelay.cpp LIBS fedconsole_backend)
# Kinds from API discovery (answers captured from kube-apiserver v1.32.4 in fixtures/discovery)
fc_add_test(tst_apidiscovery SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_apidiscovery.cpp LIBS fedconsole_backend)
target_compile_definitions(tst_apidiscovery PRIVATE FC_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/cluster/fixtures")
fc_add_test(tst_yamlcodec SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_yamlcodec.cpp LIBS fedconsole_backend)
# The ordered YAML tree the per-key ConfigMap forms edit (model/editors).
fc_add_test(tst_yamltree SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_yamltree.cpp LIBS fedconsole_backend)
# self-subject access and rules reviews: requests, answers, RBAC's rule matching (issue 14)
fc_add_test(tst_accessreview SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_accessreview.cpp LIBS fedconsole_backend)
# the watch stream's framing: events whole and in order whatever the chunking; 410 stops decoding
fc_add_test(tst_watchstream SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_watchstream.cpp LIBS fedconsole_backend simdjson::simdjson)
