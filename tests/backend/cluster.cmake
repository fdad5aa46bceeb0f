fc_add_test(tst_objectparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_objectparser.cpp LIBS fedconsole_backend)
