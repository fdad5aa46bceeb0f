fc_add_test(tst_loglines SOURCES ${CMAKE_CURRENT_LIST_DIR}/logs/tst_loglines.cpp LIBS fedconsole_backend)
# a log stream cut mid-line (cleanly, by a reset, at every byte) against a hand-written HTTP server
fc_add_test(tst_logstreamcut SOURCES ${CMAKE_CURRENT_LIST_DIR}/logs/tst_logstreamcut.cpp LIBS fedconsole_backend)
