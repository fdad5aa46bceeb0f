fc_add_test(tst_logmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/logs/tst_logmodel.cpp LIBS fedconsole_model)
