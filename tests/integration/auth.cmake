fc_add_test(tst_execplugin SOURCES ${CMAKE_CURRENT_LIST_DIR}/auth/tst_execplugin.cpp
  LIBS fedconsole_backend LABELS integration)
