# Pod logs: fedconsole-cli logs -f and the viewer model vs kubectl logs -f on the same stream,
# the model alone, UI stall while ingesting, memory per line. Run by bench/run-logs.sh.
if(TARGET fedconsole_gui)
  add_executable(log_bench log_bench.cpp)
  target_link_libraries(log_bench PRIVATE fedconsole_gui fedconsole_common)
  add_dependencies(log_bench fedconsole-cli)
endif()
