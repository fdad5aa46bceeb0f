# The editors on a 5,000-key ConfigMap and a 50-container DaemonSet vs kubectl, the real editor
# window included. Run by bench/run-editors.sh.
if(TARGET fedconsole_gui)
  add_executable(editor_bench editor_bench.cpp)
  target_link_libraries(editor_bench PRIVATE fedconsole_gui fc_bench_cluster)
endif()
