fc_add_test(tst_liveinformer SOURCES ${CMAKE_CURRENT_LIST_DIR}/cluster/tst_liveinformer.cpp
  LIBS fedconsole_model LABELS integration)
