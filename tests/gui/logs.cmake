fc_add_test(tst_logviewer XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/logs/tst_logviewer.cpp
  LIBS fedconsole_gui LABELS integration gui)
