fc_add_test(tst_resourcetablemodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_resourcetablemodel.cpp LIBS fedconsole_model)
