fc_add_test(tst_federationspage XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/federation/tst_federationspage.cpp
  LIBS fedconsole_gui LABELS integration gui)
