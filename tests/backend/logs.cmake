fc_add_test(tst_loglines SOURCES ${CMAKE_CURRENT_LIST_DIR}/logs/tst_loglines.cpp LIBS fedconsole_backend)
