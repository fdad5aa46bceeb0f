# GPU arithmetic and GpuModel: data-driven over YAML fixtures in gpu/fixtures.
fc_add_test(tst_gpumodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/gpu/tst_gpumodel.cpp LIBS fedconsole_model)
target_compile_definitions(tst_gpumodel PRIVATE FC_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/gpu/fixtures")
