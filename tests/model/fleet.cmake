# The cluster overview's model: every context, its state and totals (issue 15).
fc_add_test(tst_clusteroverviewmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/fleet/tst_clusteroverviewmodel.cpp LIBS fedconsole_model)
