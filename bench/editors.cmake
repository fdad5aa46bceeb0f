# The editors on a 5,000-key ConfigMap and a 50-container DaemonSet vs kubectl. Run by bench/run-editors.sh.
add_executable(editor_bench editor_bench.cpp)
target_link_libraries(editor_bench PRIVATE fedconsole_model fc_bench_cluster)
